-- levels/automation/bank.lua: review-only exercises of the Automation and
-- Scripting quest. Review desks draw on them, and a terminal asks one in
-- place of a missed exercise of the same skill. Facts: FACTS.md.
return {
  format = 1,
  quest = "automation",
  exercises = {
    auto_shutil_4 = {
      kind = "fill", skill = "shutil_module", language = "python",
      prompt = "Before an upgrade, back up the /etc/shop folder, but only when at least 5 GiB are free.",
      code = [==[
import shutil

usage = shutil.disk_usage("/var/backups")
if usage.{1} < 5 * 1024**3:
    raise SystemExit("less than 5 GiB free")
shutil.{2}("/etc/shop", "/var/backups/etc-shop")
]==],
      blanks = {
        { options = { "free", "used", "total" }, answer = 1,
          why = {
            "Bytes still free on that file system.",
            "Bytes already used: the opposite of what is asked.",
            "The size of the whole disk, free or not.",
          } },
        { options = { "copytree", "copy", "move" }, answer = 1,
          why = {
            "Copies the folder and everything below it.",
            "copy copies one file; given a folder it raises an error.",
            "Moves the live config away: the service loses it.",
          } },
      },
      explain = "raise SystemExit(\"message\") prints the message to stderr and exits with status 1. Check before the risky step, not after it.",
    },
    auto_subprocess_4 = {
      kind = "sort", skill = "subprocess",
      prompt = "The file name comes from a user. Is each call safe, or can the name run a command?",
      bins = { "Safe", "Injection risk" },
      items = {
        { "run([\"rm\", \"--\", name], check=True)", bin = 1, why = "One argument, no shell; -- stops a name like -rf being an option." },
        { "run([\"gzip\", name], check=True)", bin = 1, why = "A list and no shell: the name is one argument." },
        { "run(f\"rm {name}\", shell=True)", bin = 2, why = "The name is part of a shell command line." },
        { "run([\"sh\", \"-c\", f\"gzip {name}\"])", bin = 2, why = "A shell again, just started by hand." },
        { "os.system(\"tar -czf out.tgz \" + name)", bin = 2, why = "os.system always runs a shell." },
      },
      explain = "The risk is a shell reading text built from input. Pass a list with no shell; if a shell is unavoidable, quote each value with shlex.quote.",
    },
    auto_cron_5 = {
      kind = "choice", skill = "cron_jobs",
      prompt = "backup.sh works when you run it, but from cron it fails with 'pg_dump: command not found'. Why?",
      choices = {
        { "cron runs jobs with a short PATH: use full paths or set PATH in the crontab", right = true,
          why = "cron starts jobs with PATH=/usr/bin:/bin, not your login shell's PATH." },
        { "cron runs jobs in your login shell, with your aliases",
          why = "The opposite: a plain /bin/sh with a minimal environment." },
        { "The script needs chmod 777",
          why = "It needs to be executable (755 is enough); 777 lets anyone change it." },
        { "cron cannot run shell scripts, only binaries",
          why = "cron runs any command line through /bin/sh." },
      },
      explain = "Jobs run from cron see a minimal environment. Use absolute paths, set PATH= and other variables at the top of the crontab, and test with the same environment.",
    },
    auto_sysadmin_4 = {
      kind = "fill", skill = "sysadmin_scripts", language = "shell",
      prompt = "Delete the shop's database dumps that are older than 14 days, and stop at the first error.",
      code = [==[
#!/usr/bin/env bash
set -{1}
backup_dir=/var/backups/shop
find "$backup_dir" -name '*.sql.gz' -mtime {2} -delete
]==],
      blanks = {
        { options = { "euo pipefail", "x", "+e" }, answer = 1,
          why = {
            "Stop on errors, on unset variables and on failures inside pipes.",
            "Prints each command as it runs; it stops on nothing.",
            "Turns stopping on errors off.",
          } },
        { options = { "+14", "-14", "14" }, answer = 1,
          why = {
            "Modified more than 14 days ago.",
            "Modified less than 14 days ago: it deletes the recent dumps.",
            "Exactly 14 days, rounded: it misses everything older.",
          } },
      },
      explain = "Run the find without -delete first: a dry run that lists what would go. With set -u a misspelt variable stops the script instead of quietly expanding to nothing.",
    },
    auto_log_2 = {
      kind = "choice", skill = "python_logging", scenario = true,
      prompt = "A cron job reports progress with print(). Last night it failed, and cron's mail was never read. What change helps most?",
      choices = {
        { "logging with timestamps and levels to a file, and log.exception() in the except", right = true,
          why = "The next failure leaves a dated record with its traceback, where you look." },
        { "More print() calls, so more gets mailed",
          why = "Still no time, no level, and still in mail nobody reads." },
        { "open('job.log', 'a').write(...) for each message",
          why = "A log without levels or timestamps, and file handling in every call." },
        { "An email for every line it prints",
          why = "Hundreds of emails a night: the important one drowns." },
      },
      explain = "The logging module gives levels, timestamps and handlers (file, syslog, journal) in one place; log.exception records the traceback of the error being handled.",
    },
    auto_idem_3 = {
      kind = "sort", skill = "idempotent_scripts", scenario = true,
      prompt = "Your team does these by hand today. Which would you automate now, and which not yet?",
      bins = { "Automate now", "Not yet" },
      items = {
        { "A weekly report pasted together from three systems", bin = 1, why = "Frequent, the same every time, and boring: errors come from tired hands." },
        { "Renewing TLS certificates", bin = 1, why = "Forgotten once, it is an outage: certbot or ACME clients do it." },
        { "Setting up each new app server", bin = 1, why = "Done often, and servers set up by hand drift apart." },
        { "A one-off data migration", bin = 2, why = "Run once: write a reviewed script and run it by hand, watching it." },
        { "Deciding whether to restore a backup over production", bin = 2, why = "A judgement call: write a runbook, keep a human deciding." },
        { "A task whose steps change every time", bin = 2, why = "Nothing stable to automate yet: write the steps down first." },
      },
      explain = "Automate what is frequent, stable and error-prone by hand. Keep people on rare, changing or judgement-heavy work, with a runbook to guide them.",
    },
    auto_iac_5 = {
      kind = "choice", skill = "infra_as_code", scenario = true,
      prompt = "Your pipeline pages on-call at 3 a.m. when a deploy's smoke test fails. What should the page link to?",
      choices = {
        { "A runbook: what the alert means, how to check, how to roll back, who to call", right = true,
          why = "A tired person can act on it in minutes, the same way every time." },
        { "The pipeline's source code",
          why = "Reading YAML at 3 a.m. is slow, and it does not say what to do." },
        { "The full log of the failed run",
          why = "Useful evidence, but not a plan: link it from the runbook." },
        { "Nothing: whoever is on call knows the system",
          why = "Not every on-call engineer wrote this pipeline, and memory fails at 3 a.m." },
      },
      explain = "Every alert should be actionable and come with a runbook. Keep runbooks in the repository next to the code they describe, and update them after each incident.",
    },
    auto_sys_3 = {
      kind = "fill", skill = "sys_module", language = "python",
      prompt = "Finish the helper that every tool of the team calls when it must give up.",
      code = [==[
import sys

def fail(message: str) -> None:
    print(f"error: {message}", file=sys.{1})
    sys.{2}(1)
]==],
      blanks = {
        { options = { "stderr", "stdout", "stdin" }, answer = 1,
          why = {
            "Errors go to stderr, so they are not mixed into output a pipe or a file reads.",
            "stdout is for the output itself: a caller piping it would read the error as data.",
            "stdin is the input stream: nothing can be printed to it.",
          } },
        { options = { "exit", "stop", "_exit" }, answer = 1,
          why = {
            "sys.exit(1) raises SystemExit: cleanup runs, then the process ends with status 1.",
            "sys has no stop(): an AttributeError.",
            "_exit lives in os, and ends the process without any cleanup.",
          } },
      },
      explain = "Output to stdout, diagnostics to stderr, and a non-zero exit status on failure: that is how a command-line tool tells its callers what happened.",
    },
    auto_argparse_2 = {
      kind = "choice", skill = "argparse",
      prompt = "backup.py defines add_argument('db') and add_argument('--out'). Someone runs backup.py --out /mnt/b and forgets the database. What happens?",
      choices = {
        { "A usage message saying db is required, and exit status 2", right = true,
          why = "parse_args checks the arguments before your code runs and exits with 2." },
        { "args.db is None and the script goes on",
          why = "Positional arguments are required unless nargs says otherwise." },
        { "IndexError: list index out of range",
          why = "That is what reading sys.argv[1] by hand does; argparse checks first." },
        { "The script uses the default database and exits 0",
          why = "A positional argument has no default unless you give it one." },
      },
      explain = "argparse validates sys.argv against the definitions, writes usage and the error to stderr, and exits with status 2, the usual code for bad usage.",
    },
    auto_argparse_3 = {
      kind = "sort", skill = "argparse",
      prompt = "Which add_argument setting fits each option of a backup tool?",
      bins = { "positional", "store_true", "type=int", "choices" },
      items = {
        { "The database name, always given", bin = 1, why = "add_argument('db'): required, no dashes." },
        { "--verbose: on or off", bin = 2, why = "A flag: False unless given." },
        { "--force: skip the free-space check", bin = 2, why = "Another on/off flag." },
        { "--keep 7: how many backups to keep", bin = 3, why = "type=int turns '7' into 7 and rejects 'seven'." },
        { "--mode full or incremental", bin = 4, why = "choices=['full', 'incremental'] rejects anything else." },
      },
      explain = "Let argparse check types and allowed values: a bad value stops the tool with a clear message before it touches anything.",
    },
    auto_os_2 = {
      kind = "fill", skill = "os_module", language = "python",
      prompt = "Delete every empty file anywhere under /srv/uploads, subfolders included.",
      code = [==[
import os

for root, dirs, files in os.{1}("/srv/uploads"):
    for name in files:
        full = os.path.{2}(root, name)
        if os.path.getsize(full) == 0:
            os.remove(full)
]==],
      blanks = {
        { options = { "walk", "listdir", "scandir" }, answer = 1,
          why = {
            "os.walk yields (folder, subfolders, files) for every folder of the tree.",
            "listdir gives one folder's names, not three-part tuples: the unpacking fails.",
            "scandir yields DirEntry objects of one folder, not three-part tuples.",
          } },
        { options = { "join", "split", "abspath" }, answer = 1,
          why = {
            "join puts the folder and the name together with the right separator.",
            "split cuts one path in two; it takes a single argument.",
            "abspath takes a single path: a TypeError with two.",
          } },
      },
      explain = "os.walk visits a whole tree; os.path.join builds each file's path. pathlib's Path.rglob and Path.walk (3.12) do the same with Path objects.",
    },
    auto_os_3 = {
      kind = "sort", skill = "os_module",
      prompt = "Does each of these live in os or in sys?",
      bins = { "os", "sys" },
      items = {
        { "Environment variables", bin = 1, why = "os.environ: the process's environment." },
        { "The current working directory", bin = 1, why = "os.getcwd() and os.chdir()." },
        { "This process's id", bin = 1, why = "os.getpid(): the operating system's view." },
        { "The command-line arguments", bin = 2, why = "sys.argv: what the interpreter was started with." },
        { "The script's exit status", bin = 2, why = "sys.exit(code) ends the script with it." },
        { "Writing an error to stderr", bin = 2, why = "sys.stderr is the interpreter's error stream." },
      },
      explain = "os talks to the operating system (files, folders, environment, processes); sys to the Python interpreter (arguments, exit, streams, import path).",
    },
    auto_pathlib_2 = {
      kind = "choice", skill = "pathlib",
      prompt = "A job removes its lock file when it ends. Which line never fails when the lock is already gone?",
      choices = {
        { "Path(\"job.lock\").unlink(missing_ok=True)", right = true,
          why = "missing_ok=True (Python 3.8+) treats a missing file as done." },
        { "Path(\"job.lock\").unlink()",
          why = "Raises FileNotFoundError when the file is not there." },
        { "Path(\"job.lock\").rmdir()",
          why = "rmdir removes empty folders, not files." },
        { "os.remove(\"job.lock\")",
          why = "Raises FileNotFoundError too." },
      },
      explain = "Ask for the end state (the lock is gone), not for an action that assumes the start state: that is what makes a step safe to repeat.",
    },
    auto_pathlib_3 = {
      kind = "order", skill = "pathlib",
      prompt = "Replace a service's config file so that the service never reads a half-written one. Put the steps in order.",
      items = {
        { "tmp = path.with_suffix(\".tmp\")", why = "A temporary file beside the real one, on the same disk." },
        { "tmp.write_text(new_config)", why = "Write the whole new file where nobody reads it." },
        { "tmp.replace(path)", why = "An atomic swap on POSIX: readers see the old file or the new one." },
        { "Reload the service", why = "Only now is the new file complete and in place." },
      },
      explain = "Writing in place leaves a half-written file if the script dies. Write beside it, then Path.replace, which renames over the old file in one step.",
    },
  },
}
