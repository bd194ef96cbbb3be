package casefile

import (
	"errors"
	"testing"
	"testing/fstest"
)

// mapFS builds an fstest.MapFS from file names and contents.
func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

// loadFiles loads a case made of the given files.
func loadFiles(t testing.TB, files map[string]string) (*Case, error) {
	t.Helper()
	return Load(mapFS(files), ".")
}

// errText returns err's text, or "" for nil.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// base is a small valid case that the error tests add to.
const base = `people:
  - id: han-dong
    name: Han Dong
  - id: han-tao
    name: Han Tao
organizations:
  - id: global-news
    name: Global News
    kind: media
  - id: liberal-party
    name: Liberal Party of Canada
    kind: party
sources:
  - id: gn-article
    title: Dong advised Chinese diplomat
    date: 2023-03-22
    publisher: global-news
    url: https://globalnews.ca/news/9572964/
  - id: dong-statement
    title: Statement by Han Dong
    date: 2023-03-21
    kind: statement
events:
  - id: conversation
    title: Dong speaks with Han Tao
    date: 2021-02
    participants: [han-dong, {who: han-tao, role: consul general}]
    sources: [gn-article]
`

// errorsAs is errors.As for an ErrorList.
func errorsAs(err error, list *ErrorList) bool { return errors.As(err, list) }
