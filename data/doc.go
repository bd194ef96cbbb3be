// Package data holds eventgraph's seed case, so that the binary runs with no
// arguments and every test has a real, fully sourced case to load.
//
// The seed case, "han-dong", models the Global News report of Wednesday
// 22 March 2023 by Sam Cooper ("Liberal MP Han Dong secretly advised Chinese
// diplomat in 2021 to delay freeing Two Michaels: sources") and Han Dong's
// move the same evening to sit as an Independent: the people and bodies
// involved, the dated events from Meng Wanzhou's arrest in December 2018 to
// the calls for a public inquiry, the claims of anonymous national security
// sources, and the responses that make those claims disputed or partly
// confirmed. Every event and claim cites its sources.
package data
