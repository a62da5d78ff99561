-- levels/automation/01_tidy_room.lua: the Automation and Scripting quest,
-- level 1. The Night Shift workshop keeps a small robot, TIDY, that runs
-- scripts. The player learns Python's os, pathlib and shutil by tidying a
-- log folder, and meets the quest's mechanic (lib/tidy.lua): step cards on
-- TIDY's program rack, a dry-run lever, and a run lever that runs the
-- program twice, the way a retry or tomorrow's cron run would.
-- Play order: Priya -> the os orb and the env terminal -> the pathlib orb and
-- terminal -> the shutil orb and terminals -> the rack (dry run, then run) ->
-- exit. Facts (Python 3.13 docs for os, pathlib, shutil): FACTS.md.

local function tidy()
  return sq.module("tidy")
end

local LOGS = 2

local steps = {
  mkdir = { at = "archive", dry = "create archive/ (an error if it is there)",
    run = function(fs)
      if fs.archive then return false, "FileExistsError: [Errno 17] File exists: 'archive'" end
      fs.archive = true
      return true, "created archive/"
    end },
  mkdir_ok = { at = "archive", dry = "make sure archive/ exists",
    run = function(fs)
      local had = fs.archive
      fs.archive = true
      return true, had and "archive/ already there: fine" or "created archive/"
    end },
  move = { at = "logs", dry = "move logs/*.log into archive/",
    run = function(fs)
      if fs.logs > 0 and not fs.archive then
        return false, "FileNotFoundError: [Errno 2] No such file or directory: 'logs/app.log' -> 'archive/app.log'"
      end
      local n = fs.logs
      fs.archived = fs.archived + n
      fs.logs = 0
      return true, n > 0 and ("moved " .. n .. " logs to archive/") or "no logs left to move"
    end },
  rmtree = { at = "tmp", dry = "delete tmp/ and all in it (an error if it is gone)",
    run = function(fs)
      if not fs.tmp then return false, "FileNotFoundError: [Errno 2] No such file or directory: 'tmp'" end
      fs.tmp = false
      return true, "deleted tmp/"
    end },
  rmtree_ok = { at = "tmp", dry = "delete tmp/ if it exists",
    run = function(fs)
      if not fs.tmp then return true, "tmp/ already gone: fine" end
      fs.tmp = false
      return true, "deleted tmp/"
    end },
  nuke = { at = "logs", dry = "delete logs/ and every log in it",
    run = function(fs)
      fs.destroyed = fs.destroyed or fs.logs > 0
      fs.logs = 0
      return true, "deleted logs/ with its logs"
    end },
}

local config = {
  title = "TIDY: tidy /var/log/shop",
  steps = steps,
  goal = "job green",
  fresh = function()
    return { archive = false, logs = LOGS, archived = 0, tmp = true, destroyed = false }
  end,
  runs = function()
    return { { label = "Run 1" }, { label = "Run 2 (retry)", tag = "Run 2" } }
  end,
  judge = function(fs, runs)
    for _, r in ipairs(runs) do
      if r.failed then return false, r.label .. " crashed: a script run twice must not." end
    end
    if fs.destroyed then return false, "the logs were deleted, not archived." end
    if fs.archived < LOGS then return false, "the logs are not in archive/." end
    if fs.tmp then return false, "tmp/ is still there." end
    return true, "logs archived, tmp/ gone, and the second run changed nothing."
  end,
}

local asks = { Priya = { "auto_shutil_3" } }
local right = {}

return {
  format = 1,
  id = "automation.tidy_room",
  quest = "automation",
  title = "The Tidy Room",
  brief = "The Night Shift workshop runs its chores with scripts, and with TIDY, the robot that runs them. "
    .. "Priya has a log folder to tidy. Talk to her first; {hint} gives a hint.",
  music = "automation_works",
  requires = { "python" },

  behaviours = {
    terminal = {
      sprite = "terminal", frames = 2, rate = 40, size = { 14, 12 }, offset = { -1, -4 }, solid = true,
      on_interact = function(self)
        if self.props.text then sq.say(self.props.speaker or "Sign", self.props.text) end
        sq.ask({ self.props.quiz, self.props.more })
      end,
    },
    card = {
      sprite = "token_card_yellow", solid = true, size = { 12, 12 },
      on_spawn = function(self) tidy().token_spawned(self) end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    rack = {
      sprite = "slot", solid = true,
      on_spawn = function(self) tidy().slot_spawned(self) end,
      on_place = function(self, token) return tidy().place(self, token) end,
      on_take = function(self, token) tidy().take(self, token) end,
    },
    spot = {
      sprite = "automation_file_crate", solid = true,
      on_spawn = function(self) tidy().spot_spawned(self) end,
    },
    robot = {
      sprite = "robot_down", frames = 2, rate = 30, solid = true,
      on_spawn = function(self) tidy().robot_spawned(self) end,
      on_interact = function(self)
        tidy().robot_talk("Beep. I run the cards on my rack from slot 1 to the last, then I run "
          .. "them again, because scripts get run again: a retry, tomorrow's cron.")
      end,
    },
    run_lever = {
      sprite = "lever_0", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "RUN x2", true) end,
      on_interact = function(self) tidy().run() end,
    },
    dry_lever = {
      sprite = "lever_1", solid = true,
      on_spawn = function(self) sq.set_label(self.id, "DRY RUN", true) end,
      on_interact = function(self) tidy().dry_run() end,
    },
    lamp = {
      sprite = "lamp_off", solid = true,
      on_spawn = function(self) tidy().lamp_spawned(self) end,
    },
    marker = { hidden = true },
  },

  map = {
    theme = "automation",
    legend = {
      M = { type = "mentor", name = "Priya", dialogue = "priya", look = "priya", facing = "down" },
      l = { type = "spot", name = "logs crate", spot = "logs", label = "logs/" },
      A = { type = "spot", name = "archive crate", spot = "archive", label = "archive/" },
      t = { type = "spot", name = "tmp shredder", spot = "tmp", label = "tmp/", sprite = "automation_shredder" },
      o = { type = "skill", name = "os orb", skill = "os_module" },
      q = { type = "skill", name = "pathlib orb", skill = "pathlib" },
      z = { type = "skill", name = "shutil orb", skill = "shutil_module" },
      e = { type = "terminal", name = "env terminal", speaker = "cleanup.py",
            text = "The clean-up must work on every server, whatever folder each one uses.",
            quiz = "auto_os_1" },
      p = { type = "terminal", name = "pathlib terminal", speaker = "archive_logs.py",
            text = "Half-written: archive the shop's .log files, safe to run again.",
            quiz = "auto_pathlib_1" },
      s = { type = "terminal", name = "shutil terminal", speaker = "clean_build.py",
            text = "Incident note: someone ran this with no argument, and the project was gone.",
            quiz = "auto_shutil_1", more = "auto_shutil_2" },
      ["1"] = { type = "rack", name = "slot 1", index = 1 },
      ["2"] = { type = "rack", name = "slot 2", index = 2 },
      ["3"] = { type = "rack", name = "slot 3", index = 3 },
      d = { type = "dry_lever", name = "dry-run lever" },
      r = { type = "run_lever", name = "run lever" },
      L = { type = "lamp", name = "status lamp" },
      R = { type = "robot", name = "TIDY" },
      a = { type = "card", name = "card mkdir", step = "mkdir", label = "mkdir()" },
      b = { type = "card", name = "card mkdir exist_ok", step = "mkdir_ok", label = "mkdir(\nexist_ok)" },
      f = { type = "card", name = "card move logs", step = "move", label = "move\n*.log" },
      g = { type = "card", name = "card rmtree", step = "rmtree", label = "rmtree\n(tmp)" },
      h = { type = "card", name = "card rmtree if exists", step = "rmtree_ok", label = "rmtree if\nexists" },
      j = { type = "card", name = "card rmtree logs", step = "nuke", label = "rmtree\n(logs)" },
      W = { type = "marker", name = "job green" },
      Y = { type = "marker", name = "dry run" },
      D = { type = "marker", name = "open floor" },
      c = { type = "prop", sprite = "automation_pipes" },
      k = { type = "prop", sprite = "automation_gauge" },
    },
    rows = {
      "#################E################",
      "#W..c..l......A.........t......cY#",
      "#................................#",
      "#..z..s..........................#",
      "#................................#",
      "#..q..p...................R......#",
      "#................................#",
      "#..o..e.....1....2....3.....d....#",
      "#................................#",
      "#.............................rL.#",
      "#.....a........f.........g.......#",
      "#...................D............#",
      "#................................#",
      "#.........b........j........h....#",
      "#.............@.....M............#",
      "##################################",
    },
  },

  dialogue = {
    priya = {
      { "Priya Raghunathan, site reliability engineer", "Welcome to the Night Shift! We automate "
        .. "the chores nobody should do by hand at 3 a.m. Our scripts are Python, and TIDY runs them." },
      "Tonight's chore: /var/log/shop fills the disk. Move its .log files into archive/ and delete "
        .. "tmp/. The orbs teach os, pathlib and shutil; the terminals make you use them.",
      "Then build the job on TIDY's rack: a card per slot. Pull DRY RUN first: it lists what the "
        .. "job would do and touches nothing. Then RUN x2: TIDY runs it, and runs it again.",
      "A script that crashes or does harm on its second run is a broken script: retries and cron "
        .. "WILL run it again. First, a question from last week's near miss:",
    },
  },

  exercises = {
    auto_os_1 = {
      kind = "choice", skill = "os_module",
      prompt = "A clean-up script reads its folder from the CLEAN_DIR environment variable, and uses /tmp/shop when it is not set. Which line?",
      choices = {
        { "os.environ.get(\"CLEAN_DIR\", \"/tmp/shop\")", right = true,
          why = "get returns the default when the variable is not set." },
        { "os.environ[\"CLEAN_DIR\"] or \"/tmp/shop\"",
          why = "Indexing raises KeyError when it is not set, so the or never runs." },
        { "os.getenv(\"CLEAN_DIR\")",
          why = "Without a default it returns None, and the script then works on None." },
        { "os.path.expandvars(\"$CLEAN_DIR\")",
          why = "An unset variable is left as written: the folder would be named $CLEAN_DIR." },
      },
      explain = "os.environ is the process's environment as a mapping of strings; os.environ.get(name, default) and os.getenv(name, default) give a default for a missing name.",
    },
    auto_pathlib_1 = {
      kind = "fill", skill = "pathlib", language = "python",
      prompt = "Finish the archiver so that a second run does not crash, and it moves only the .log files of the shop folder itself.",
      code = [==[
from pathlib import Path

logs = Path("/var/log/shop")
archive = logs / "archive"
archive.mkdir(parents=True, {1})
for f in logs.{2}("*.log"):
    f.rename(archive / f.name)
]==],
      blanks = {
        { options = { "exist_ok=True", "exist_ok=False", "mode=0o700" }, answer = 1,
          why = {
            "No error when archive/ is already there: the second run goes on.",
            "The default: the second run raises FileExistsError.",
            "Sets the permissions; the second run still raises FileExistsError.",
          } },
        { options = { "glob", "rglob", "iterdir" }, answer = 1,
          why = {
            "glob('*.log') matches the .log files directly in the folder.",
            "rglob walks into every subfolder, archive/ included, and picks those up too.",
            "iterdir takes no pattern: a TypeError.",
          } },
      },
      explain = "The / operator joins paths, mkdir(parents=True, exist_ok=True) makes sure a folder exists, and glob finds files by pattern. Each step checks the state instead of assuming it.",
    },
    auto_shutil_1 = {
      kind = "code", skill = "shutil_module", language = "python",
      prompt = "Run with no argument, this clean-up deleted the whole project. Which line let it?",
      code = [==[
import shutil
import sys
from pathlib import Path

def clean(build_dir: str) -> None:
    shutil.rmtree(Path(build_dir).resolve())

if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else ""
    clean(target)
]==],
      answer = 9,
      why = {
        [6] = "rmtree deletes whatever it is given, without asking: the path it got is the bug.",
        [9] = "An empty string is Path('.'), the current folder: the default must be an error, not ''.",
        [10] = "The call is fine once target can only be a real build folder.",
      },
      explain = "shutil.rmtree removes a whole tree with no undo. Make the argument required (argparse does that) and check the resolved path is the folder you expect before deleting it.",
    },
    auto_shutil_2 = {
      kind = "sort", skill = "shutil_module",
      prompt = "Which shutil function does each chore?",
      bins = { "copytree", "move", "rmtree", "disk_usage" },
      items = {
        { "Back up /etc/shop before an upgrade", bin = 1, why = "copytree copies a folder and all below it." },
        { "Put a log on the archive disk", bin = 2, why = "move copies then deletes when the target is another disk." },
        { "Remove an old build folder", bin = 3, why = "rmtree deletes a folder with its contents." },
        { "Stop if less than 1 GB is free", bin = 4, why = "disk_usage gives total, used and free bytes." },
        { "Empty a cache folder with subfolders", bin = 3, why = "rmtree, then mkdir: unlink only removes files." },
      },
      explain = "shutil is the high-level layer over os: whole trees, moves across file systems, disk space. Path.rename only renames within one file system.",
    },
    auto_shutil_3 = {
      kind = "choice", skill = "shutil_module", scenario = true,
      prompt = "Your new script deletes build folders older than 30 days on 40 build servers. Its first real run is tonight. What do you do first?",
      choices = {
        { "Run it with --dry-run on each server and read what it would delete", right = true,
          why = "You see exactly what would go while nothing is lost yet." },
        { "Run it for real on one server and see what is missing tomorrow",
          why = "What is missing is gone: you learn from a loss, not from a list." },
        { "Add input('Delete? [y/n]') before each delete",
          why = "At night nobody answers: the job waits, or fails with EOFError." },
        { "Wrap every delete in try/except: pass",
          why = "That hides errors; it never stops a wrong delete." },
      },
      explain = "Give every destructive script a --dry-run flag that prints what it would do, and read it before the first real run and after every change to the pattern.",
    },
  },

  hints = {
    "Priya stands near the start: walk next to her and press {confirm}.",
    "Take each orb, then answer the terminal next to it.",
    "On the rack: make sure archive/ exists, move the logs, delete tmp/ only if it is there.",
    "Pull DRY RUN, then RUN x2. {confirm} next to a slot takes its card back; {confirm} on open floor puts it down.",
  },

  goals = {
    { talk = "Priya", text = "Talk to Priya",
      hint = "Priya stands beside where you start: press {confirm} next to her." },
    { collect = "os_module", text = "Hold the os module",
      hint = "Take the os orb, then answer the env terminal beside it." },
    { collect = "pathlib", text = "Hold pathlib",
      hint = "Take the pathlib orb, then finish the script at the pathlib terminal." },
    { collect = "shutil_module", text = "Hold shutil",
      hint = "The shutil orb is the top one of the three; the shutil terminal is beside it." },
    { reach = "dry run", text = "Dry-run TIDY's job",
      hint = "Put a card on slots 1 to 3, then pull the DRY RUN lever." },
    { reach = "job green", text = "A job that survives two runs",
      hint = "Archive needs to exist before the move; delete tmp/ only if it exists." },
  },

  grants = { xp = 60 },

  on_start = function()
    tidy().setup(config)
  end,

  on_collect = function(skill)
    sq.xp(10)
  end,

  on_interact = function(e)
    local list = {}
    for _, id in ipairs(asks[e.name] or {}) do
      if not right[id] then list[#list + 1] = id end
    end
    if #list > 0 then sq.ask(list, e.name) end
  end,

  on_answer = function(id, correct)
    if correct then
      right[id] = true
      sq.xp(10)
    end
  end,
}
