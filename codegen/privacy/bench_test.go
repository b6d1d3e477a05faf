package privacy

import (
	"strings"
	"testing"
)

func BenchmarkMaskCode(b *testing.B) {
	text := strings.Repeat("IF bEnable THEN\n    rPos := rPos + (rTarget - rPos) * 0.1; (* Größe *)\nEND_IF;\n", 3000)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Text(text)
	}
}
