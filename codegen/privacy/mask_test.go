package privacy

import (
	"strings"
	"testing"
)

func TestMasksSecretsButKeepsCode(t *testing.T) {
	in := `(* FTP upload: password := 'hunter2' *)
sPassword : STRING := 'x';
password : STRING;
sApiKey := "abc123secret";
// token: ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ab
url := 'ftp://plc:geheim@10.0.0.5/log';
key AKIAABCDEFGHIJKLMNOP
bStart := TRUE;
`
	out, n := Text(in)
	for _, secret := range []string{"hunter2", "abc123secret", "ghp_ABCDEF", "geheim", "AKIAABCDEFGHIJKLMNOP"} {
		if strings.Contains(out, secret) {
			t.Errorf("secret %q leaked:\n%s", secret, out)
		}
	}
	if n < 5 {
		t.Errorf("masked %d", n)
	}
	for _, kept := range []string{"password : STRING;", "bStart := TRUE;", "password := '«masked»'"} {
		if !strings.Contains(out, kept) {
			t.Errorf("lost %q:\n%s", kept, out)
		}
	}
}
