package main

type helpCmd struct {
	Command []string `arg:"" optional:"" help:"The command to explain."`
}

func (h helpCmd) Run(e *env) error {
	args := append(append([]string{}, h.Command...), "--help")
	_, err := e.parser.Parse(args)
	if err != nil && !e.helpShown {
		return usageErr("%v", err)
	}
	return nil
}
