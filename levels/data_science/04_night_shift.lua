-- levels/data_science/04_night_shift.lua: the Data Science quest, level 4,
-- its design review. The player, as the engineer, places data quality checks
-- at the gates of "Churnwatch", a nightly pipeline (SOURCE, CLEAN, JOIN,
-- FEATURES, MODEL, PUBLISH), within a pager budget, and runs five nights;
-- each night one upstream change happens (lib/works.lua, M.nights). Then
-- Ingrid's review teaches the engineer skills data pipelines and data
-- quality, each held by answering its scenario questions.
-- Play order: Ingrid -> checks on gates -> run the nights (4 of 5 caught) ->
-- Ingrid's review (data pipelines, then data quality) -> exit.

local function works() return sq.module("works") end

local W, H = 34, 16
local grid = {}
for y = 0, H - 1 do
  grid[y] = {}
  for x = 0, W - 1 do
    grid[y][x] = (x == 0 or y == 0 or x == W - 1 or y == H - 1) and "#" or "."
  end
end
local function put(x, y, c) grid[y][x] = c end
put(31, 0, "E")
put(2, 12, "@")
for x = 2, 7 do put(x, 13, ",") end
for _, p in ipairs({ { 1, 1 }, { 32, 1 }, { 1, 14 }, { 32, 14 } }) do put(p[1], p[2], "P") end
local rows = {}
for y = 0, H - 1 do rows[#rows + 1] = table.concat(grid[y], "", 0, W - 1) end

local pads = {}
local state = { running = false, passed = false, review = 0 }
local PREREQS = { "python", "numpy", "statistics", "pandas", "data_cleaning", "ml_basics",
                  "scikit_learn", "model_evaluation" }

local function placed_checks()
  local held = works().read(pads, "check")
  local set = {}
  for _, check in pairs(held) do set[check] = true end
  return set
end

local function show(lines_done, verdict)
  local set = placed_checks()
  local cost = works().cost(set)
  local panel = { title = "Churnwatch, 02:00 nightly",
    { string.format("pager cost %d of %d", cost, works().budget), value = math.min(1, cost / 8),
      marker = works().budget / 8, tone = cost > works().budget and "warn" or nil } }
  for _, l in ipairs(lines_done or {}) do panel[#panel + 1] = l end
  if verdict then panel[#panel + 1] = verdict end
  sq.panel(panel)
end

-- Five nights, one a second: each night's change is caught at a gate or
-- reaches the CRM.
local function run_nights()
  local set = placed_checks()
  local W_ = works()
  local done, caught, missed = {}, 0, {}
  state.running = true
  local function night(i)
    if i > #W_.nights then
      state.running = false
      local pass = caught >= 4
      show(done, { string.format("%d of 5 nights caught", caught), tone = pass and "good" or "warn" })
      local pages = {}
      for _, m in ipairs(missed) do pages[#pages + 1] = m end
      if pass then
        state.passed = true
        sq.goal("night shift")
        pages[#pages + 1] = "Four nights of five stopped before the CRM read a wrong score. "
          .. "Come and talk: now the review."
      else
        pages[#pages + 1] = "Fewer than four nights caught. Move the checks and run the week again."
      end
      quest.say_pages("Ingrid, staff data engineer", pages)
      return
    end
    local ok, by = W_.night(i, set)
    local ev = W_.nights[i]
    if ok then
      caught = caught + 1
      done[#done + 1] = { string.format("night %d: stopped (%s)", i, by), tone = "good" }
    else
      done[#done + 1] = { string.format("night %d: PUBLISHED", i), tone = "warn" }
      missed[#missed + 1] = "Night " .. i .. ", " .. ev.what .. ": " .. ev.missed
    end
    sq.sound(ok and "confirm" or "quiz_wrong")
    show(done)
    sq.after(0.8, function() night(i + 1) end)
  end
  night(1)
end

local function check(x, y, key, label)
  return { type = "op", x = x, y = y, name = label, check = key, label = label,
           sprite = "token_chip_blue" }
end
local function gate(x, key, label)
  return { type = "pad", x = x, y = 6, name = key, key = key, label = label }
end

-- Ingrid's review: data pipelines first, then data quality, each taught and
-- then asked; a right answer to the scenario moves the review on.
local REVIEW = {
  { skill = "data_pipelines", asks = { "ds_data_pipelines_1", "ds_data_pipelines_2" } },
  { skill = "data_quality", asks = { "ds_data_quality_3", "ds_data_quality_4" } },
}
local right = {}
local function review_step()
  for _, step in ipairs(REVIEW) do
    if not sq.has_skill(step.skill) then
      if sq.grant(step.skill) then sq.ask(step.asks) end
      return
    end
    for _, id in ipairs(step.asks) do
      if not right[id] then return sq.ask(id) end
    end
  end
end

return {
  format = 1,
  id = "data_science.night_shift",
  quest = "data_science",
  title = "Night Shift (design review)",
  music = "data_science_works",
  brief = "Churnwatch scores every customer at 02:00 and the CRM reads the scores at 08:00. "
    .. "Before it goes live, decide how it fails: which checks stop a bad night. Talk to Ingrid "
    .. "first; {hint} gives a hint.",
  requires = { "data_cleaning", "model_evaluation" },

  map = { theme = "data", rows = rows },

  objects = {
    { type = "person", x = 4, y = 10, name = "Ingrid", look = "ingrid", talk = "ingrid" },
    { type = "sign", x = 16, y = 2, name = "pipeline diagram", speaker = "Churnwatch",
      text = "SOURCE (Postgres replica) -G1- CLEAN -G2- JOIN -G3- FEATURES -G4- MODEL -G5- "
        .. "PUBLISH (scores table, read by the CRM at 08:00). About 120,000 customers a night." },
    { type = "lever", x = 20, y = 13, name = "night shift" },
    { type = "review", x = 9, y = 13, name = "review desk" },
    gate(6, "g1", "G1\nraw"), gate(12, "g2", "G2\ncleaned"), gate(18, "g3", "G3\njoined"),
    gate(24, "g4", "G4\nfeatures"), gate(30, "g5", "G5\nscores"),
    check(6, 10, "schema", "schema check"),
    check(9, 10, "row_count", "row count vs 7-day median"),
    check(12, 10, "freshness", "freshness: max(order_date)"),
    check(15, 10, "null_rate", "null rate per column"),
    check(18, 10, "range", "value range of amount"),
    check(21, 10, "drift", "drift (PSI), costs 2"),
    check(24, 10, "score_dist", "score distribution"),
    check(27, 10, "join_rate", "join match rate"),
    { type = "prop", x = 10, y = 1, sprite = "data_whiteboard" },
    { type = "prop", x = 11, y = 1, sprite = "data_whiteboard" },
    { type = "prop", x = 22, y = 1, sprite = "data_shelf" },
    { type = "prop", x = 26, y = 14, sprite = "data_pallet" },
  },

  behaviours = {
    person = {
      sprite = "mentor", frames = 2, rate = 30, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self) works().person(self) end,
      on_interact = function(self)
        works().face(self)
        if works().refresh(PREREQS) then
          return sq.goal(self.name)
        elseif state.passed then
          sq.dialogue("review")
          review_step()
        else
          sq.dialogue("ingrid")
        end
        sq.goal(self.name)
      end,
    },
    op = {
      sprite = "token_chip_blue", solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self)
        works().remember(self)
        sq.set_label(self.id, self.props.label)
      end,
      on_interact = function(self) sq.carry(self.id) end,
    },
    pad = {
      sprite = "slot", solid = true, slot = true, size = { 14, 12 }, offset = { -1, -4 },
      on_spawn = function(self)
        pads[self.props.key] = self.id
        sq.set_label(self.id, self.props.label, true)
      end,
    },
    lever = {
      sprite = "lever_0", solid = true, size = { 14, 12 }, offset = { -1, -4 },
      on_spawn = function(self) sq.set_label(self.id, "run 5 nights", true) end,
      on_interact = function(self)
        if state.running then return end
        local cost = works().cost(placed_checks())
        if cost > works().budget then
          return sq.say("Ingrid, staff data engineer", "That is " .. cost .. " pages a night "
            .. "against a budget of " .. works().budget .. ". Page people that often and they "
            .. "stop reading the pages. Take something off.")
        end
        sq.set_sprite(self.id, "lever_1")
        sq.after(5, function() sq.set_sprite(self.id, "lever_0") end)
        run_nights()
      end,
    },
  },

  dialogue = {
    ingrid = {
      { "Ingrid, staff data engineer", "Ingrid. You built the pieces this week; tonight you decide "
        .. "how Churnwatch fails. And what happens at 03:00 when nobody is awake?" },
      "Every night at 02:00 it reads yesterday's orders from the replica, cleans, joins, builds "
        .. "features, scores 120,000 customers, and publishes. The CRM reads the scores at 08:00.",
      "Put checks on the gates between stages. A failed check stops the run: the CRM keeps "
        .. "yesterday's scores, marked stale, and on-call gets one page. Stale beats wrong.",
      "Each check costs pages; our budget is 6 a night. Each night this week, one thing upstream "
        .. "changes. Catch at least four of the five. Pull the lever to run the week.",
    },
    review = {
      { "Ingrid, staff data engineer", "Good week. Now the review: you are the engineer who signs "
        .. "Churnwatch off. First the pipeline itself, then the checks." },
    },
  },

  exercises = {
    ds_data_pipelines_1 = { kind = "choice", skill = "data_pipelines", scenario = true,
      prompt = "The 02:00 churn job fails at the join. Yesterday's scores are still in the "
        .. "table the CRM reads at 08:00. What should the pipeline do?",
      choices = {
        { "Keep yesterday's scores, mark them stale and alert on-call", right = true,
          why = "Known-good data a day old beats partial or missing data, and someone can fix it." },
        { "Publish whatever rows were scored before the failure",
          why = "A partial table looks complete: some customers silently get no score." },
        { "Delete the old scores so nobody uses stale data",
          why = "The CRM would start the day with nothing at all." },
        { "Retry forever until it succeeds",
          why = "A broken input will not fix itself; bound the retries and alert." },
      },
      explain = "Pipelines should fail safe: write to a new location, swap only on success, "
        .. "and tell a person when the last good output is being kept." },

    ds_data_pipelines_2 = { kind = "order", skill = "data_pipelines",
      prompt = "Put the steps of the nightly churn pipeline in order.",
      items = {
        "Extract yesterday's rows from the read replica",
        "Check schema, row count and freshness",
        "Clean, then join customers",
        "Build features as of the cutoff time",
        "Score with the approved model version",
        "Write a new partition, then swap it in",
      },
      explain = "Checks go right after extraction, before any work is wasted; the swap at the "
        .. "end makes publishing all or nothing." },

    ds_data_pipelines_3 = { kind = "choice", skill = "data_pipelines", scenario = true,
      prompt = "After a retry, the job for 2026-12-03 ran twice and the scores table now "
        .. "holds every customer twice. What fix would you choose?",
      choices = {
        { "Each run overwrites its own date partition", right = true,
          why = "Re-running a date then gives the same result: the job is idempotent." },
        { "Turn off retries",
          why = "Failures still happen; a manual re-run would duplicate rows the same way." },
        { "Deduplicate the table once a week",
          why = "The CRM reads duplicates in between, and the root cause stays." },
      },
      explain = "Idempotent jobs can be retried and backfilled safely. Key outputs by run "
        .. "date and replace, never append blindly." },

    ds_data_pipelines_4 = { kind = "fill", skill = "data_pipelines", language = "python",
      prompt = "Schedule the churn pipeline in Airflow 3 to run every night at 02:00.",
      code = [[
from datetime import datetime
from airflow.sdk import dag, task

@dag(schedule={1},
     start_date=datetime(2026, 1, 1), catchup=False)
def nightly_churn():
    @task
    def extract(): ...
    extract()

nightly_churn()]],
      blanks = {
        { options = { "\"0 2 * * *\"", "\"@hourly\"", "None" }, answer = 1,
          why = { "Cron syntax: minute 0, hour 2, every day.",
                  "Would run 24 times a day.",
                  "None means no schedule, only manual or triggered runs; it is the default "
                    .. "in Airflow 3." } },
      },
      explain = "Airflow 3 defines DAGs with the airflow.sdk decorators. catchup=False stops "
        .. "it from running every missed night since start_date when first deployed." },

    ds_data_pipelines_5 = { kind = "sort", skill = "data_pipelines",
      prompt = "Nightly batch or streaming?",
      bins = { "Nightly batch", "Streaming" },
      items = {
        { "Churn scores the CRM reads at 08:00", bin = 1, why = "Needed once a day; a batch is simpler and cheaper." },
        { "Card-fraud check during a payment", bin = 2, why = "Must answer within the payment, in milliseconds." },
        { "Monthly finance report", bin = 1, why = "Runs on a calendar; nobody waits for each row." },
        { "Live stock count on a product page", bin = 2, why = "Stale stock sells items you do not have." },
        { "Weekly model retraining", bin = 1, why = "A scheduled, heavy job: classic batch." },
      },
      explain = "Streaming costs more to build and run. Choose it when the answer loses value "
        .. "within seconds; otherwise batch." },

    ds_data_quality_1 = { kind = "sort", skill = "data_quality",
      prompt = "Which check catches each overnight change first?",
      bins = { "Schema", "Row count", "Null rate", "Distribution" },
      items = {
        { "amount renamed to amount_cents", bin = 1, why = "An expected column is gone." },
        { "Replica lagged: 40% of rows arrived", bin = 2, why = "Far fewer rows than the usual nightly volume." },
        { "App update stops sending country", bin = 3, why = "Column still there, now mostly empty." },
        { "Prices now in cents, same column name", bin = 4, why = "Same schema; values jump 100-fold." },
        { "Join key arrives as text, not integer", bin = 1, why = "A type change is a schema change." },
        { "Promo week shifts the plan mix", bin = 4, why = "Valid rows, but the mix of customers shifted." },
      },
      explain = "Cheap checks at each step catch most breakage: schema and volume first, "
        .. "then nulls and ranges, then distribution drift." },

    ds_data_quality_2 = { kind = "choice", skill = "data_quality", scenario = true,
      prompt = "Training rows use each customer's total support tickets as of today, even "
        .. "tickets filed after the day they churned. What would you change?",
      choices = {
        { "Compute every feature as of that row's cutoff date", right = true,
          why = "Point-in-time features hold only what was known then, as in production." },
        { "Nothing: more tickets means more information",
          why = "Tickets filed after churn leak the outcome; live scoring never has them." },
        { "Drop the ticket feature entirely",
          why = "Tickets before churn are a genuinely useful signal; fix the timing instead." },
      },
      explain = "Leakage through time is the subtlest kind: each training row must look "
        .. "exactly like the data the model will see when it scores." },

    ds_data_quality_3 = { kind = "choice", skill = "data_quality", scenario = true,
      prompt = "Which of these should page the on-call engineer at 03:00? Pick all that apply.",
      choices = {
        { "The pipeline halted and will not publish today's scores", right = true,
          why = "The CRM needs scores by 08:00; a person must act tonight." },
        { "Scores table not updated by 07:00", right = true,
          why = "A freshness alert on the output catches every failure upstream of it." },
        { "One feature's drift score is slightly up",
          why = "Worth a ticket for the daytime team, not a night-time page." },
        { "Training accuracy moved by 0.3 points",
          why = "Normal noise between runs; nothing to do at night." },
      },
      explain = "Page only for what needs a human now and affects users; send the rest to a "
        .. "dashboard or ticket queue. Too many pages and people stop reading them." },

    ds_data_quality_4 = { kind = "code", skill = "data_quality", language = "python",
      prompt = "The row-count check fires on night 2, yet bad scores are published. Which "
        .. "line is the bug?",
      code = [[
def check(df, usual_rows):
    problems = []
    if set(df.columns) != EXPECTED_COLUMNS:
        problems.append("schema changed")
    if len(df) < 0.8 * usual_rows:
        problems.append("too few rows")
    nulls = df["amount"].isna().mean()
    if nulls > 0.02:
        problems.append(f"amount nulls {nulls:.0%}")
    return problems

problems = check(df, usual_rows=120_000)
if problems:
    log.warning("data issues: %s", problems)
score_and_publish(df)
]],
      answer = 14,
      why = {
        [14] = "It only logs. A failed check must stop the run, for example by raising, so "
          .. "yesterday's scores stay in place.",
        [15] = "Publishing is right for good data; it runs here because line 14 did not stop.",
        [5] = "The 80% threshold caught the problem; the check works.",
      },
      explain = "A check that only warns is a log line nobody reads at 02:00. Halt, keep the "
        .. "last good output and alert." },

    ds_data_quality_5 = { kind = "choice", skill = "data_quality",
      prompt = "Live data brings customers from a new country, BR. The pipeline uses "
        .. "OneHotEncoder(handle_unknown=\"ignore\"). What happens?",
      choices = {
        { "Scoring runs; BR customers get all-zero country columns", right = true,
          why = "ignore maps unseen categories to zeros, so nothing crashes." },
        { "Scoring crashes with a ValueError",
          why = "That is the default, handle_unknown=\"error\", not ignore." },
        { "The encoder adds a BR column on the fly",
          why = "A fitted encoder never changes its columns at predict time." },
      },
      explain = "Not crashing is not the same as being right: the model knows nothing about "
        .. "BR. Monitor the share of unseen categories and retrain when it grows." },
  },

  hints = {
    "Ingrid stands by the carpet. The check chips lie in a row; the gates are above them.",
    "Raw-data checks (schema, row count, freshness, null rate, range) go early, at G1 to G3. "
      .. "Drift fits G4 or G5; the score distribution only G5. Stay within 6 pages.",
    "One plan that catches all five nights: schema, row count, null rate, value range and the "
      .. "score distribution (5 pages).",
  },

  goals = {
    { talk = "Ingrid", text = "Talk to Ingrid", hint = "Ingrid stands by the carpet: {where:Ingrid}." },
    { reach = "night shift", text = "Catch 4 of 5 bad nights, within 6 pages",
      hint = "Carry checks to the gates, then pull the night lever: {where:night shift}." },
    { answer = "ds_data_pipelines_1", text = "Review: the pipeline",
      hint = "After the week, talk to Ingrid again." },
    { answer = "ds_data_quality_3", text = "Review: the checks",
      hint = "Ingrid's review goes on: answer her questions about the checks." },
  },

  grants = { xp = 120 },

  on_start = function() show() end,

  on_place = function(slot, tok)
    local t = works().tokens[tok.id]
    if not t then return false, "That is not a check." end
    if state.running then return false, "Wait for the week to finish." end
    local ok, why = works().check_fits(t.check, slot.props.key)
    if not ok then return false, why end
    sq.set_label(slot.id, slot.props.label .. "\n" .. t.label, true)
    sq.after(0, show)
    return true
  end,

  on_take = function(slot, tok)
    sq.set_label(slot.id, slot.props.label, true)
    sq.after(0, show)
  end,

  on_answer = function(id, correct)
    if correct then
      sq.xp(10)
      right[id] = true
    end
    if works().is_warmup(id) then
      sq.after(0.1, function() works().refresh(PREREQS) end)
    elseif correct and (id == "ds_data_pipelines_1" or id == "ds_data_pipelines_2") then
      sq.after(0.1, review_step)
    end
  end,
}
