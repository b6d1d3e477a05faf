package gotree

/*
#include <stdint.h>
#include <stdbool.h>

// The tree-sitter C API, as the runtime that github.com/smacker/go-tree-sitter links into
// the same binary defines it (ABI 14). Only what the walk needs is declared.
typedef struct { uint32_t context[4]; const void *id; const void *tree; } TSNode;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;
extern TSTreeCursor ts_tree_cursor_new(TSNode);
extern void ts_tree_cursor_delete(TSTreeCursor *);
extern TSNode ts_tree_cursor_current_node(const TSTreeCursor *);
extern uint16_t ts_tree_cursor_current_field_id(const TSTreeCursor *);
extern bool ts_tree_cursor_goto_first_child(TSTreeCursor *);
extern bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *);
extern bool ts_tree_cursor_goto_parent(TSTreeCursor *);
extern uint16_t ts_node_symbol(TSNode);
extern uint32_t ts_node_start_byte(TSNode);
extern uint32_t ts_node_end_byte(TSNode);
extern bool ts_node_is_named(TSNode);
extern bool ts_node_is_missing(TSNode);
extern uint32_t ts_node_child_count(TSNode);
extern bool ts_node_has_error(TSNode);

enum { kNamed = 1, kMissing = 2, kError = 4, kKids = 8, kCut = 16 };

typedef struct {
	uint32_t start, end, depth;
	uint16_t symbol, field;
	uint8_t flags;
} gt_record;

static void gt_fill(gt_record *r, TSNode n, uint16_t field, uint32_t depth) {
	r->start = ts_node_start_byte(n);
	r->end = ts_node_end_byte(n);
	r->depth = depth;
	r->symbol = ts_node_symbol(n);
	r->field = field;
	r->flags = (ts_node_is_named(n) ? kNamed : 0) | (ts_node_is_missing(n) ? kMissing : 0) |
		(r->symbol == (uint16_t)-1 ? kError : 0) | (ts_node_child_count(n) > 0 ? kKids : 0);
}

// gt_walk writes the kept nodes of the subtree at root in document order, each with its
// depth below root, and returns how many; -1 when they do not fit in cap.
static int64_t gt_walk(TSNode root, gt_record *out, int64_t cap, uint32_t max_depth) {
	if (cap < 1) return -1;
	gt_fill(&out[0], root, 0, 0);
	int64_t n = 1;
	TSTreeCursor cur = ts_tree_cursor_new(root);
	if (!(out[0].flags & kKids) || !ts_tree_cursor_goto_first_child(&cur)) {
		ts_tree_cursor_delete(&cur);
		return n;
	}
	uint32_t depth = 1;
	for (;;) {
		TSNode c = ts_tree_cursor_current_node(&cur);
		uint16_t field = ts_tree_cursor_current_field_id(&cur);
		bool named = ts_node_is_named(c), missing = ts_node_is_missing(c);
		if (named || field != 0 || missing || ts_node_symbol(c) == (uint16_t)-1) {
			if (n == cap) {
				ts_tree_cursor_delete(&cur);
				return -1;
			}
			gt_record *r = &out[n++];
			gt_fill(r, c, field, depth);
			if (r->flags & kKids) {
				if (depth >= max_depth) {
					r->flags |= kCut;
				} else if (ts_tree_cursor_goto_first_child(&cur)) {
					depth++;
					continue;
				}
			}
		}
		while (!ts_tree_cursor_goto_next_sibling(&cur)) {
			if (depth == 1) {
				ts_tree_cursor_delete(&cur);
				return n;
			}
			ts_tree_cursor_goto_parent(&cur);
			depth--;
		}
	}
}

// gt_leaves writes the leaves of the subtree at root (nodes without children, anonymous
// tokens included) in document order, leaving out the subtrees whose symbol skip marks,
// and returns how many; -1 when they do not fit in cap.
static int64_t gt_leaves(TSNode root, const uint8_t *skip, uint32_t nskip, gt_record *out, int64_t cap) {
	TSTreeCursor cur = ts_tree_cursor_new(root);
	int64_t n = 0;
	uint32_t depth = 0;
	for (;;) {
		TSNode c = ts_tree_cursor_current_node(&cur);
		uint16_t sym = ts_node_symbol(c);
		if (!(sym < nskip && skip[sym])) {
			if (ts_node_child_count(c) == 0) {
				if (n == cap) {
					ts_tree_cursor_delete(&cur);
					return -1;
				}
				gt_fill(&out[n++], c, 0, depth);
			} else if (ts_tree_cursor_goto_first_child(&cur)) {
				depth++;
				continue;
			}
		}
		for (;;) {
			if (depth == 0) {
				ts_tree_cursor_delete(&cur);
				return n;
			}
			if (ts_tree_cursor_goto_next_sibling(&cur)) break;
			ts_tree_cursor_goto_parent(&cur);
			depth--;
		}
	}
}

// gt_error_children writes the indexes of n's children that are or hold errors (up to
// cap) and returns how many there are.
static int64_t gt_error_children(TSNode n, uint32_t *out, int64_t cap) {
	TSTreeCursor cur = ts_tree_cursor_new(n);
	int64_t k = 0;
	uint32_t i = 0;
	if (ts_tree_cursor_goto_first_child(&cur)) {
		do {
			TSNode c = ts_tree_cursor_current_node(&cur);
			if (ts_node_has_error(c) || ts_node_is_missing(c)) {
				if (k < cap) out[k] = i;
				k++;
			}
			i++;
		} while (ts_tree_cursor_goto_next_sibling(&cur));
	}
	ts_tree_cursor_delete(&cur);
	return k;
}
*/
import "C"

import (
	"sync"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// The walk runs in C, one call per subtree: through the Go binding a node costs a dozen
// cgo calls and an entry in the tree's node cache, which made copying a unit's tree the
// largest cost of checking it.

// cNode reads the C node a binding node wraps. The binding keeps it as the first field of
// Node and gives no accessor; TestWalkAgreesWithTheBinding proves the layout on every run.
func cNode(n *sitter.Node) C.TSNode { return *(*C.TSNode)(unsafe.Pointer(n)) }

type record = C.gt_record

var records = sync.Pool{New: func() any { return new([]record) }}

// walk returns the kept nodes of the subtree at n (see Copy) in document order, with their
// depth below n. release hands the buffer back once the caller is done with it.
func walk(n *sitter.Node) (recs []record, release func()) {
	buf := records.Get().(*[]record)
	size := max(cap(*buf), 64, int(n.EndByte()-n.StartByte())/4)
	for {
		if cap(*buf) < size {
			*buf = make([]record, size)
		}
		*buf = (*buf)[:cap(*buf)]
		got := C.gt_walk(cNode(n), &(*buf)[0], C.int64_t(len(*buf)), C.uint32_t(MaxDepth))
		if got >= 0 {
			return (*buf)[:got], func() { records.Put(buf) }
		}
		size = 2 * cap(*buf)
	}
}

const (
	flagNamed   = C.kNamed
	flagMissing = C.kMissing
	flagError   = C.kError
	flagKids    = C.kKids
	flagCut     = C.kCut
)

// ErrorChildren returns the indexes of n's children that are ERROR or MISSING nodes or
// hold one. Asking the binding for every child instead would make a node object for each
// and keep it in the tree's cache for as long as the tree lives.
func ErrorChildren(n *sitter.Node) []int {
	var buf [16]C.uint32_t
	got := int(C.gt_error_children(cNode(n), &buf[0], C.int64_t(len(buf))))
	idx := buf[:min(got, len(buf))]
	if got > len(buf) {
		big := make([]C.uint32_t, got)
		C.gt_error_children(cNode(n), &big[0], C.int64_t(got))
		idx = big
	}
	out := make([]int, len(idx))
	for i, v := range idx {
		out[i] = int(v)
	}
	return out
}

// Token is a leaf of a subtree: its kind (as the binding's Type names it) and byte range.
type Token struct {
	Kind       string
	Start, End int
}

// Tokens returns the leaves of the subtree at n (its tokens, anonymous ones included) in
// document order, leaving out the subtrees whose kind skip reports. Walking them through
// the binding would make a node object for each and keep it in the tree's cache for as
// long as the tree lives: a file whose syntax error is one large ERROR node kept a node
// object per token of it while open.
func Tokens(lang *sitter.Language, n *sitter.Node, skip func(kind string) bool) []Token {
	syms := symbolTable(lang)
	skips := make([]C.uint8_t, len(syms)+1) // one more: a language without symbols
	for i, k := range syms {
		if skip(k) {
			skips[i] = 1
		}
	}
	errorSkipped := skip("ERROR")
	size := max(64, int(n.EndByte()-n.StartByte())/4)
	for {
		buf := make([]record, size)
		got := C.gt_leaves(cNode(n), &skips[0], C.uint32_t(len(syms)), &buf[0], C.int64_t(len(buf)))
		if got < 0 {
			size *= 2
			continue
		}
		out := make([]Token, 0, got)
		for _, r := range buf[:got] {
			kind := "ERROR"
			if int(r.symbol) < len(syms) {
				kind = syms[r.symbol]
			} else if errorSkipped {
				continue
			}
			out = append(out, Token{Kind: kind, Start: int(r.start), End: int(r.end)})
		}
		return out
	}
}
