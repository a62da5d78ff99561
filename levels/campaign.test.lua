-- The whole career in one game: from New game to Backend Engineer. Each
-- level is played by its own whole-level test (t.play), in career mode, so
-- the player brings to every level only what earlier levels taught, as a
-- player does: a level that hands out a skill it never taught fails here.
-- Between quests the player comes back to the campus on a later day and
-- answers what is due at the review desk, which is how skills are mastered.
-- The rank is checked at each step of the climb.

local WHOLE = "the whole level can be played to the exit"

-- Each quest's levels in play order, with the case that wins each one.
local QUESTS = {
  { id = "web", levels = {
    { "office/first_day.test.lua", "the whole floor can be played to the exit" },
    { "office/server_room.test.lua", WHOLE },
    { "web/01_front_end.test.lua", WHOLE },
    { "web/02_requests.test.lua", WHOLE },
    { "web/03_frameworks.test.lua", WHOLE },
    { "web/04_keeping_it_working.test.lua", WHOLE },
    { "web/05_design_review.test.lua", WHOLE },
  } },
  { id = "data_science", levels = {
    { "data_science/01_arrays.test.lua", "the whole level, with one wrong answer and one refused statistic" },
    { "data_science/02_pipeline_hall.test.lua", "the belt tells the truth only after a clean pipeline" },
    { "data_science/03_model_bench.test.lua",
      "a leaky feature scores 0.99 and fails next month; the honest bench reads 0.84 twice" },
    { "data_science/04_night_shift.test.lua",
      "a plan that misses two nights fails; a layered plan passes; the review grants both" },
  } },
  { id = "automation", levels = {
    { "automation/01_tidy_room.test.lua", WHOLE },
    { "automation/02_command_line.test.lua", WHOLE },
    { "automation/03_night_shift.test.lua", WHOLE },
    { "automation/04_playbook.test.lua", WHOLE },
    { "automation/05_design_review.test.lua", WHOLE },
  } },
  { id = "web_scraping", levels = {
    { "web_scraping/01_reading_room.test.lua", WHOLE },
    { "web_scraping/02_script_stacks.test.lua", "the whole level can be played to the exit, a duplicate dropped on the way" },
    { "web_scraping/03_the_crawl.test.lua", "the whole level can be played to the exit, with a clean crawl" },
    { "web_scraping/04_night_crawl.test.lua", "the whole review can be played to the exit" },
  } },
  { id = "apis", levels = {
    { "apis/01_front_desk.test.lua", "the whole level can be played to the exit, with a miss on the way" },
    { "apis/02_service_rooms.test.lua", "the whole level can be played to the exit, with a miss on the way" },
    { "apis/03_gatehouse.test.lua", "the whole level can be played to the exit, with a miss on the way" },
    { "apis/04_payment_corridor.test.lua", "the whole level can be played to the exit, with a miss on the way" },
    { "apis/05_design_review.test.lua", "the whole review can be played to the exit, with a miss on the way" },
  } },
  { id = "cybersecurity", levels = {
    { "cybersecurity/01_rules_of_engagement.test.lua", "the level can be played to the exit" },
    { "cybersecurity/02_staging_app.test.lua", "the level can be played to the exit" },
    { "cybersecurity/03_back_office.test.lua", "the level can be played to the exit" },
    { "cybersecurity/04_retest.test.lua", "the retest can be played to the exit" },
    { "cybersecurity/05_design_review.test.lua", "the design review can be played to the exit, with both engineer skills" },
  } },
  { id = "cryptography", levels = {
    { "cryptography/01_lock_room.test.lua", WHOLE },
    { "cryptography/02_nonce_vault.test.lua", WHOLE },
    { "cryptography/03_key_hall.test.lua", WHOLE },
    { "cryptography/04_legacy_lab.test.lua", WHOLE },
    { "cryptography/05_key_ceremony.test.lua", "the design review can be played to the exit" },
  } },
  { id = "ai_frameworks", levels = {
    { "ai_frameworks/01_tensors.test.lua", "wrong shapes are refused, a broken loop does not learn, the right one does" },
    { "ai_frameworks/02_backends.test.lua", "the backend is fixed at import; each platform opens for its own" },
    { "ai_frameworks/03_curve_lab.test.lua", "underfit, then overfit, each fixed on the floor chart" },
    { "ai_frameworks/04_shoulders.test.lua", "a non-commercial backbone is refused; fine-tuned, exported in order" },
    { "ai_frameworks/05_serving_bay.test.lua",
      "eager on CPU fails the budget; int8 on CPU passes; drift caught; the review" },
  } },
  { id = "quantum", levels = {
    { "quantum/01_qubit_bench.test.lua", WHOLE },
    { "quantum/02_bell_bench.test.lua", WHOLE },
    { "quantum/03_simulator_room.test.lua", WHOLE },
    { "quantum/04_design_review.test.lua", WHOLE },
  } },
  { id = "game_dev", levels = {
    { "game_dev/01_arcade.test.lua", WHOLE },
    { "game_dev/02_bricks.test.lua", WHOLE },
    { "game_dev/03_drone_bay.test.lua", WHOLE },
    { "game_dev/04_panda_stage.test.lua", WHOLE },
    { "game_dev/05_launch_day.test.lua", WHOLE },
  } },
  { id = "iot", levels = {
    { "iot/01_potting_bench.test.lua", WHOLE },
    { "iot/02_noisy_beds.test.lua", WHOLE },
    { "iot/03_broker_shed.test.lua", WHOLE },
    { "iot/04_storm_season.test.lua", WHOLE },
    { "iot/05_design_review.test.lua", WHOLE },
  } },
  { id = "mentoring", levels = {
    { "mentoring/01_review_room.test.lua", "the review room played to its exit" },
    { "mentoring/02_pairing_corner.test.lua", "the pairing corner played to its exit" },
    { "mentoring/03_clean_machine.test.lua", "the clean machine played to its exit" },
    { "mentoring/04_workshop.test.lua", "the workshop played to its exit" },
    { "mentoring/05_design_review.test.lua", "the design review played to its exit" },
  } },
  { id = "architect", levels = {
    { "architect/01_the_board.test.lua", "the whole level: a design that holds opens the exit" },
    { "architect/02_the_decision.test.lua", "the whole level: the record, the review, and Yusuf's budget" },
  } },
}

-- Back on the campus on a later day: everything due is answered at the
-- review desk, right, as a player who learned it would.
local function review_day(t, days_on)
  t.load("hub/hub.lua")
  t.day(t.day() + days_on)
  t.advance()
  t.walk_to("review desk")
  for _ = 1, 40 do
    if t.reviews_due() == 0 then break end
    t.press("confirm")
    t.advance()
    while t.exercise() do
      t.expect(t.solve(), "a review answered right is judged right")
      t.advance()
    end
    t.advance()
  end
  t.expect(t.reviews_due() == 0, "every review due was answered, " .. t.reviews_due() .. " left")
end

local function play_quest(t, quest)
  for _, level in ipairs(quest.levels) do
    t.play(level[1], level[2])
    t.expect(t.complete(), quest.id .. ": " .. level[1] .. " ends won")
  end
end

test("a whole career: every quest from New game, reviews on later days, up to Backend Engineer", function(t)
  t.new_game()
  t.career()
  t.expect(t.rank() == "Junior Backend Developer", "a new player starts as a junior")
  local ranks = { t.rank() }
  local function note_rank()
    if ranks[#ranks] ~= t.rank() then ranks[#ranks + 1] = t.rank() end
  end
  local days = { 1, 2, 3, 5, 4, 6, 3, 5, 4, 6, 5, 7 }
  for i, quest in ipairs(QUESTS) do
    if quest.id == "architect" then
      t.expect(t.rank() == "Senior Backend Developer", "before the capstone the player is a senior, got " .. t.rank())
    end
    play_quest(t, quest)
    note_rank()
    if i == 1 then
      t.expect(t.rank() == "Backend Developer", "the Web quest makes a developer, got " .. t.rank())
    end
    if quest.id ~= "architect" then
      review_day(t, days[i] or 3)
      note_rank()
    end
  end
  t.expect(t.rank() == "Backend Engineer", "the capstone passed: Backend Engineer, got " .. t.rank())
  t.expect(table.concat(ranks, " > ") == "Junior Backend Developer > Backend Developer > "
    .. "Senior Backend Developer > Backend Engineer", "the climb, one rank at a time: " .. table.concat(ranks, " > "))
  local saved = t.save()
  print(("career: %d XP, %d skills held, %d mastered, day %d; %s"):format(saved.xp, saved.skills,
    saved.mastered, t.day(), table.concat(ranks, " > ")))
  t.expect(saved.rank == "Backend Engineer" or saved.rank == 3, "the save on disk holds the rank")
  t.expect(t.error() == nil, "no script errors")
end)
