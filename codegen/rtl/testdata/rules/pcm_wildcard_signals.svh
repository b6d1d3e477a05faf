// signals of top_pcm_include, declared in a header it includes (as VeeR declares its CSR
// decodes)
logic csr_irq;
logic csr_nmi;
