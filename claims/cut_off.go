package claims

import "regexp"

// cutRate is what is left after a figure when the page's text stops in
// the middle of its rate: " a we", " per", " pe", " each d" (" each" is
// whole: "3 hours each"). Stored pages and excerpts often end mid-word;
// the figure's unit survives, but whether it counts days a week or a
// stay's days does not.
var cutRate = regexp.MustCompile(`^\s+(?:(?:a|an|per|each|every)\s+(?:w|we|wee|d|da|h|ho|hou|m|mo|mon|mont|s|se|ses)|a|per|p|pe)$`)
