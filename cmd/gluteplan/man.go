package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

func manCommand() *cli.Command {
	return &cli.Command{
		Name:  "man",
		Usage: "print the manual page, generated from the command definitions",
		Description: `Prints gluteplan's man page in roff. Install it with:
   gluteplan man > ~/.local/share/man/man1/gluteplan.1
   man gluteplan`,
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageErrorf("man: takes no arguments")
			}
			page, err := c.App.ToManWithSection(1)
			if err != nil {
				return internalf("man: %v", err)
			}
			_, err = fmt.Fprint(c.App.Writer, page)
			return err
		},
	}
}

// bashCompletion asks the binary itself for candidates, through the
// --generate-bash-completion flag that urfave/cli adds.
const bashCompletion = `# bash completion for gluteplan; also works in zsh after
#   autoload -U +X bashcompinit && bashcompinit
_gluteplan_complete() {
	local cur opts
	COMPREPLY=()
	cur="${COMP_WORDS[COMP_CWORD]}"
	if [[ "$cur" == "-"* ]]; then
		opts=$("${COMP_WORDS[@]:0:$COMP_CWORD}" "${cur}" --generate-bash-completion 2>/dev/null)
	else
		opts=$("${COMP_WORDS[@]:0:$COMP_CWORD}" --generate-bash-completion 2>/dev/null)
	fi
	COMPREPLY=($(compgen -W "${opts}" -- "${cur}"))
	return 0
}
complete -o bashdefault -o default -F _gluteplan_complete gluteplan
`

func completionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print the shell completion script",
		ArgsUsage: "bash",
		Description: `Prints a completion script for bash (zsh can load it with bashcompinit).
Install it for your user with:
   gluteplan completion bash > ~/.local/share/bash-completion/completions/gluteplan
or for this shell only:
   source <(gluteplan completion bash)`,
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 || c.Args().First() != "bash" {
				return usageErrorf("completion: give the shell: gluteplan completion bash")
			}
			_, err := fmt.Fprint(c.App.Writer, bashCompletion)
			return err
		},
	}
}
