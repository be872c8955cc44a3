// Package crawl reads a live site for factlint: start URLs followed link
// by link, sitemaps (indexes, gzipped, bare <loc> lists) and URL lists,
// fetched politely, each page handed on as a corpus.Input whose document
// ID is the fetched URL.
//
// It sits before corpus in the flow (URLs → crawl → corpus.Document →
// claims → checker → report) and knows corpus alone.
//
// Politeness comes first: robots.txt is read once per host with
// github.com/temoto/robotstxt and honoured, Crawl-delay included; each
// host has its own rate limiter (golang.org/x/time/rate) and concurrency
// cap; retries back off exponentially (github.com/cenkalti/backoff/v5) and
// honour Retry-After; the User-Agent names factlint and where to read
// about it. Redirects are followed by hand, hop by hop, so every hop passes
// the same robots, rate and host checks and the chain can be recorded and
// a loop named.
//
// The crawl runs breadth first, one depth level at a time, and orders each
// level by the order links were found, so the set of pages a page limit
// keeps does not depend on which response came back first. Pages are
// handed on as soon as they are read and not kept: memory holds URLs, not
// bodies.
//
// Nothing that goes wrong with one URL stops the run: every failure comes
// back in the Summary with the URL and a reason.
package crawl
