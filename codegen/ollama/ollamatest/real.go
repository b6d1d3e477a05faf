package ollamatest

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// SkipRealEnv names the variable that, set to 1, skips tests needing the real server.
// Nothing else skips them: CI runs them.
const SkipRealEnv = "GANTRY_SKIP_REAL_OLLAMA"

// CacheEnv overrides where the built server binary is kept (default: the user cache
// directory's gantry-test).
const CacheEnv = "GANTRY_TEST_CACHE"

const ollamaModule = "github.com/ollama/ollama"

// RealOptions tunes StartReal.
type RealOptions struct {
	// Env adds variables to the server's environment, e.g. "OLLAMA_DEBUG=1".
	Env []string
}

// StartReal runs the real `ollama serve`, at the same version as the api package this
// module uses, on a free loopback port with its models and home in t.TempDir(), and
// returns its base URL. The server is stopped at test cleanup. The first call on a
// machine builds the server (a few minutes); later calls reuse the cached binary.
func StartReal(t testing.TB, opts RealOptions) string {
	t.Helper()
	if os.Getenv(SkipRealEnv) == "1" {
		t.Skipf("%s=1: skipping the real Ollama server", SkipRealEnv)
	}
	bin := RealBinary(t)
	var lastErr error
	for range 3 { // the free port may be taken between probe and bind: try again
		host, err := startServe(t, bin, opts)
		if err == nil {
			return host
		}
		lastErr = err
	}
	t.Fatalf("start ollama: %v", lastErr)
	return ""
}

// RealBinary returns the path of the cached server binary, building it first if it is
// missing or of another version. Builds are serialised across test processes by a
// file lock, so parallel packages build once.
func RealBinary(t testing.TB) string {
	t.Helper()
	ver := moduleVersion()
	dir := os.Getenv(CacheEnv)
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			base = os.TempDir()
		}
		dir = filepath.Join(base, "gantry-test")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("ollama cache dir: %v", err)
	}
	bin := filepath.Join(dir, "ollama-"+ver)
	if binaryVersion(bin) == strings.TrimPrefix(ver, "v") {
		return bin
	}
	unlock, err := lockFile(bin + ".lock")
	if err != nil {
		t.Fatalf("lock %s: %v", bin, err)
	}
	defer unlock()
	if binaryVersion(bin) == strings.TrimPrefix(ver, "v") { // built while we waited
		return bin
	}
	t.Logf("building ollama %s into %s (once per machine; takes a few minutes)", ver, bin)
	start := time.Now()
	// `go install module@version` builds with the server's own go.mod and go.sum, not
	// this module's, so it stays the genuine release whatever this go.mod holds; -X
	// makes /api/version and -v report the version.
	gobin, err := os.MkdirTemp(dir, "build-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(gobin)
	cmd := exec.Command("go", "install",
		"-ldflags", "-X "+ollamaModule+"/version.Version="+strings.TrimPrefix(ver, "v"),
		ollamaModule+"@"+ver)
	// Run outside any module and workspace, free of the caller's GOFLAGS (-mod and
	// the like are refused for module@version); the llama.cpp runner needs cgo.
	cmd.Dir = gobin
	cmd.Env = append(os.Environ(), "GOBIN="+gobin, "CGO_ENABLED=1", "GOWORK=off", "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install %s@%s: %v\n%s", ollamaModule, ver, err, out)
	}
	tmp := filepath.Join(gobin, "ollama")
	if err := os.Rename(tmp, bin); err != nil {
		t.Fatalf("install %s: %v", bin, err)
	}
	t.Logf("built ollama %s in %s", ver, time.Since(start).Round(time.Second))
	return bin
}

// moduleVersion is the ollama module version this test binary was built with.
func moduleVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == ollamaModule {
				if dep.Replace != nil && dep.Replace.Version != "" {
					return dep.Replace.Version
				}
				return dep.Version
			}
		}
	}
	return "v" + Version
}

// binaryVersion asks a built server its version ("" if it is missing or broken). The
// client prints it when no server answers, which a closed port guarantees.
func binaryVersion(bin string) string {
	if _, err := os.Stat(bin); err != nil {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-v")
	cmd.Env = append(cleanEnv(), "OLLAMA_HOST=127.0.0.1:1", "HOME="+os.TempDir())
	out, _ := cmd.CombinedOutput()
	const marker = "client version is "
	if i := bytes.Index(out, []byte(marker)); i >= 0 {
		return strings.TrimSpace(strings.SplitN(string(out[i+len(marker):]), "\n", 2)[0])
	}
	return ""
}

// startServe starts one server and waits until it answers.
func startServe(t testing.TB, bin string, opts RealOptions) (string, error) {
	port, err := freePort()
	if err != nil {
		return "", err
	}
	home := t.TempDir()
	addr := net.JoinHostPort("127.0.0.1", port)
	logPath := filepath.Join(home, "server.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return "", err
	}
	cmd := exec.Command(bin, "serve")
	cmd.Env = append(cleanEnv(),
		"HOME="+home,
		"OLLAMA_HOST="+addr,
		"OLLAMA_MODELS="+filepath.Join(home, "models"),
		"OLLAMA_NUM_PARALLEL=1",
		"OLLAMA_MAX_LOADED_MODELS=1",
	)
	cmd.Env = append(cmd.Env, opts.Env...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	setGroup(cmd) // the server forks runners: stop them with it
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return "", err
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); logFile.Close(); close(exited) }()
	stop := func() {
		signalGroup(cmd, false) // SIGTERM: ollama unloads its runners and exits
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
		}
		signalGroup(cmd, true) // whatever is left of the group
		<-exited
	}

	host := "http://" + addr
	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := client.Head(host + "/")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case <-exited:
			return "", fmt.Errorf("ollama serve exited before answering:\n%s", tail(logPath))
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			stop()
			return "", fmt.Errorf("ollama serve did not answer on %s within 60s:\n%s", addr, tail(logPath))
		}
	}
	t.Cleanup(func() {
		stop()
		if t.Failed() {
			t.Logf("ollama server log (%s):\n%s", logPath, tail(logPath))
		}
	})
	return host, nil
}

// cleanEnv is the environment without the developer's own OLLAMA_* settings.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "OLLAMA_") {
			env = append(env, kv)
		}
	}
	return env
}

func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	_, port, err := net.SplitHostPort(l.Addr().String())
	return port, err
}

// tail returns the end of a log file for failure messages.
func tail(path string) string {
	b, _ := os.ReadFile(path)
	const max = 4000
	if len(b) > max {
		b = b[len(b)-max:]
	}
	return string(b)
}
