package main

type helpCmd struct {
	Command []string `arg:"" optional:"" help:"The command to explain."`
}

func (h helpCmd) Run(e *env) error {
	args := append(append([]string{}, h.Command...), "--help")
	ctx, err := e.parser.Parse(args)
	if err != nil && ctx == nil {
		return usageErr("%v", err)
	}
	return nil
}
