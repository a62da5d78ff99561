-- scripts/skills/automation.lua: the skills of Automation and Scripting.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "os_module", name = "os module", field = "automation", side = "developer",
  requires = { "python" },
  card = "os is a Python standard library module for talking to the operating system: environment variables through os.environ, directories, files and processes. Its os.path part joins and splits file paths in a way that works on Windows, macOS and Linux.",
}

skill{
  id = "sys_module", name = "sys module", field = "automation", side = "developer",
  requires = { "python" },
  card = "sys is a Python standard library module for the interpreter itself: sys.argv holds command-line arguments, sys.exit ends a script with a status code and sys.path lists where imports are searched. Scripts also read and write sys.stdin, sys.stdout and sys.stderr.",
}

skill{
  id = "shutil_module", name = "shutil module", field = "automation", side = "developer",
  requires = { "os_module" },
  card = "shutil is a Python standard library module for high-level file operations: copying files and whole directory trees, moving, deleting trees, making archives and checking disk usage. shutil.rmtree deletes without asking, so check paths twice.",
}

skill{
  id = "pathlib", name = "pathlib", field = "automation", side = "developer",
  requires = { "python" },
  optional = { "os_module" },
  card = "pathlib is a standard library module, added in Python 3.4, that treats file paths as objects. Path('logs') / 'app.log' joins paths, and methods like exists(), read_text() and glob() replace many os.path calls.",
}

skill{
  id = "subprocess", name = "subprocess module", field = "automation", side = "developer",
  requires = { "python" },
  card = "The subprocess module runs other programs: subprocess.run(['tar', '-czf', out, src], check=True). Pass arguments as a list, not one shell string, so a file name can never become a command, and use check=True so a failing program raises CalledProcessError instead of being ignored.",
}

skill{
  id = "argparse", name = "argparse", field = "automation", side = "developer",
  requires = { "sys_module" },
  card = "argparse is the standard library module for command-line interfaces. It parses options and arguments, checks their types and generates --help text, so a script is easy to reuse and hard to misuse.",
}

skill{
  id = "python_logging", name = "logging module", field = "automation", side = "developer",
  requires = { "python" },
  card = "Python's logging module records events with levels (DEBUG, INFO, WARNING, ERROR) and sends them to the console, files or other handlers. Unlike print it can be filtered and formatted, and it is what you read when a night job fails; in an except block, log.exception() adds the traceback.",
}

skill{
  id = "regex", name = "Regular expressions", field = "automation", side = "developer",
  requires = {},
  optional = { "python" },
  card = "A regular expression is a pattern for matching text, such as \\d{4}-\\d{2}-\\d{2} for a date. Python's re module uses them to search logs, validate formats and extract fields; keep patterns small and tested, as complex ones are hard to read.",
}

skill{
  id = "shell_scripting", name = "Shell scripting", field = "automation", side = "developer",
  requires = {},
  card = "Shell scripts, most often for Bash, chain commands, pipes and files to automate work on Linux and macOS. They suit short glue tasks, and a line like set -euo pipefail helps a script stop on errors instead of carrying on.",
}

skill{
  id = "cron_jobs", name = "cron and timers", field = "automation", side = "developer",
  requires = {},
  optional = { "shell_scripting" },
  card = "cron runs commands on a schedule: minute, hour, day of month, month, day of week, then the command (0 3 * * * is 03:00 daily). A systemd .timer with OnCalendar= does the same, logs to the journal and, with Persistent=true, catches up on a run missed while the machine was off.",
}

skill{
  id = "sysadmin_scripts", name = "Sysadmin scripting", field = "automation", side = "developer",
  requires = { "os_module", "sys_module", "shutil_module", "subprocess" },
  optional = { "python_logging", "argparse", "cron_jobs" },
  card = "System administration scripts automate routine work: cleaning up old logs, backups, creating users, checking disk space, restarting services. Give them a dry-run option and good logging, since a script repeats a mistake as fast as it repeats work.",
}

skill{
  id = "ansible", name = "Ansible", field = "automation", side = "developer",
  requires = { "sysadmin_scripts" },
  card = "Ansible configures servers over SSH from YAML playbooks. Each task calls a module (apt, user, template, service) that declares a state, so a second run reports changed=0; handlers restart a service only when its config changed, and --check --diff previews a run.",
}

skill{
  id = "github_actions", name = "GitHub Actions", field = "automation", side = "developer",
  requires = {},
  optional = { "git" },
  card = "GitHub Actions runs workflows from YAML in .github/workflows/. on: says when (push, pull_request, schedule), each job runs on a runner (runs-on:), and each step uses an action (uses:) or runs a command (run:). Secrets come from secrets.NAME and are masked in logs.",
}

skill{
  id = "idempotent_scripts", name = "Idempotent automation", field = "automation", side = "engineer",
  requires = { "sysadmin_scripts" },
  card = "An idempotent script gives the same result whether it runs once or twice: it checks before it creates, copies or deletes, so retries and scheduled runs are safe (the idea behind Ansible). Reliable jobs also take a lock against overlapping runs and alert when they fail or stop running.",
}

skill{
  id = "infra_as_code", name = "Infrastructure as code", field = "automation", side = "engineer",
  requires = { "idempotent_scripts" },
  optional = { "git" },
  card = "Infrastructure as code describes servers, configuration and pipelines in versioned files that a tool applies: Ansible playbooks, Terraform or OpenTofu plans, GitHub Actions workflows. Changes are reviewed like code, rolled back by reverting, and the same files rebuild an environment from nothing.",
}

return skills
