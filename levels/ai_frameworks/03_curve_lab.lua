-- levels/ai_frameworks/03_curve_lab.lua: the AI and ML Frameworks quest, level 3.
-- Overfitting and validation, performed in the Curve Lab: knob tokens on
-- six pads (model size, epochs, learning rate, regularisation, data,
-- early stopping) set a training run; the TRAIN lever plays it, and the
-- lab's floor becomes the chart: twelve blue chips (training loss) and
-- twelve yellow ones (validation loss) move to their loss, epoch by epoch
-- (lib/foundry.lua, M.curve). Two job tickets: an underfit model, then a
-- large one that memorises its data.
-- Play order: Sione -> overfitting orb and terminal -> ticket A (underfit)
-- -> ticket B (overfit, large model, 60 epochs) -> Sione's question -> exit.

local function foundry() return sq.module("foundry") end

local W, H = 40, 20
local grid = {}
for y = 0, H - 1 do
  grid[y] = {}
  for x = 0, W - 1 do
    grid[y][x] = (x == 0 or y == 0 or x == W - 1 or y == H - 1) and "#" or "."
  end
end
local function put(x, y, c) grid[y][x] = c end
put(20, 0, "E")
put(6, 2, "@")
for _, p in ipairs({ { 1, 1 }, { 38, 18 }, { 14, 1 } }) do put(p[1], p[2], "P") end
local rows = {}
for y = 0, H - 1 do rows[#rows + 1] = table.concat(grid[y], "", 0, W - 1) end

local pads, dots = {}, { train = {}, val = {} }
local state = { running = false, ticket = "A", done = {} }
local PREREQS = { "python", "deep_learning" }

-- The chart on the floor: column i at x = 16 + 2i, loss 0 at row 17, 1.0 at row 7.
local function loss_y(loss) return 17 - math.min(loss, 1.05) * 10 end

local TICKETS = {
  A = { text = "Ticket A: 'Too simple'. Make the model fit: train loss under 0.45, gap under 0.15." },
  B = { text = "Ticket B: 'The memoriser'. The large model (L), 60 epochs: make it generalise." },
}

local function knobs()
  local k = foundry().read(pads, "value")
  return { cap = k.capacity, epochs = k.epochs, lr = k.lr or "good", reg = k.reg or 0,
           data = k.data or 1, stop = k.stop and true or false }
end

local function panel(lines)
  local p = { title = "Curve Lab, ticket " .. state.ticket }
  for _, l in ipairs(lines) do p[#p + 1] = l end
  sq.panel(p)
end

local function finish(k, verdict, last, best)
  state.running = false
  local words = { good = "GOOD FIT", underfit = "UNDERFITTING", overfit = "OVERFITTING",
                  diverged = "DIVERGED: loss is nan" }
  local lines = {
    string.format("ep %d: train %.2f val %.2f", last.epoch, math.min(last.train, 9.99),
      math.min(last.val, 9.99)),
    { words[verdict], tone = verdict == "good" and "good" or "warn" },
  }
  if k.stop then lines[#lines + 1] = "stopped, best ep " .. best .. " kept" end
  panel(lines)
  local passed = verdict == "good"
  if state.ticket == "B" then passed = passed and k.cap == 3 and k.epochs == 60 end
  if passed and not state.done[state.ticket] then
    state.done[state.ticket] = true
    sq.goal("ticket " .. state.ticket)
    sq.sound("rank_up")
    if state.ticket == "A" then
      state.ticket = "B"
      sq.say("Sione, ML engineer", "Ticket A closed: a bigger model, trained longer, fits. "
        .. "Now ticket B: the product team wants the large model, L, for 60 epochs. Run it "
        .. "as it is first, and watch the gap.")
    else
      sq.say("Sione, ML engineer", "Ticket B closed. The validation curve stopped climbing "
        .. "away. Come and tell me which fix you would ship.")
    end
  elseif state.ticket == "B" and verdict == "good" then
    sq.say("Sione, ML engineer", "A good fit, but ticket B is about the large model for 60 "
      .. "epochs: keep L and 60 on the pads, and fix the gap another way.")
  end
end

-- TRAIN: the run plays out on the floor, one sampled epoch every 0.2 s.
local function train()
  if state.running then return end
  local k = knobs()
  if not k.cap or not k.epochs then
    return sq.say("TRAIN lever", "The run needs a model size and a number of epochs on their pads.")
  end
  local pts, verdict, last, best = foundry().curve(k)
  local shown = k.stop and best + 3 or k.epochs
  state.running = true
  for i = 1, 12 do
    sq.move(dots.train[i], 16 + 2 * (i - 1), 18)
    sq.move(dots.val[i], 16 + 2 * (i - 1), 18)
  end
  local i = 0
  local function step()
    i = i + 1
    if i > 12 then return finish(k, verdict, last, best) end
    local epoch = math.ceil(i * k.epochs / 12)
    local p = pts[math.min(epoch, shown, #pts)]
    if epoch <= shown then
      sq.move(dots.train[i], 16 + 2 * (i - 1), loss_y(p.train))
      sq.move(dots.val[i], 16 + 2 * (i - 1), loss_y(p.val))
      panel({ string.format("ep %d: train %.2f val %.2f", p.epoch, math.min(p.train, 9.99),
        math.min(p.val, 9.99)) })
      sq.sound("cursor")
    end
    sq.after(0.2, step)
  end
  step()
end

local function knob(x, y, key, value, label, short, colour)
  return { type = "op", x = x, y = y, name = label, knob = key, value = value, label = label,
           short = short, sprite = "token_card_" .. colour }
end
local function pad(x, y, key, label)
  return { type = "pad", x = x, y = y, name = label, key = key, label = label }
end

return {
  format = 1,
  id = "ai_frameworks.curve_lab",
  quest = "ai_frameworks",
  title = "The Curve Lab",
  music = "ai_frameworks_foundry",
  brief = "A model that scores well on its training data can still fail on new data. Tune a "
    .. "training run with your hands and read its two curves on the lab's floor. Talk to Sione "
    .. "first; {hint} gives a hint.",
  requires = { "deep_learning" },

  map = { theme = "ai", rows = rows },

  objects = {
    { type = "person", x = 9, y = 2, name = "Sione", look = "sione", talk = "sione", ask = "ai_overfitting_3" },
    { type = "skill", x = 12, y = 4, name = "overfitting orb", skill = "overfitting" },
    { type = "terminal", x = 12, y = 7, name = "curve terminal", quiz = "ai_overfitting_2" },
    { type = "sign", x = 16, y = 1, name = "ticket A", speaker = "Ticket A", text = TICKETS.A.text },
    { type = "sign", x = 18, y = 1, name = "ticket B", speaker = "Ticket B", text = TICKETS.B.text },
    { type = "sign", x = 24, y = 1, name = "chart key", speaker = "The floor chart",
      text = "Each column is a sampled epoch, left to right. Blue chips: training loss. Yellow "
        .. "chips: validation loss. Higher up is worse. Watch the gap between them." },
    pad(3, 5, "capacity", "SIZE"), pad(3, 9, "epochs", "EPOCHS"), pad(3, 13, "lr", "LR"),
    pad(8, 5, "reg", "DROPOUT"), pad(8, 9, "data", "DATA"), pad(8, 13, "stop", "CALLBACK"),
    knob(2, 16, "capacity", 1, "model size S", "S", "blue"),
    knob(4, 16, "capacity", 2, "model size M", "M", "blue"),
    knob(6, 16, "capacity", 3, "model size L", "L", "blue"),
    knob(8, 16, "epochs", 5, "epochs 5", "5", "green"),
    knob(10, 16, "epochs", 20, "epochs 20", "20", "green"),
    knob(12, 16, "epochs", 60, "epochs 60", "60", "green"),
    knob(2, 18, "lr", "low", "lr 1e-4", "1e-4", "yellow"),
    knob(4, 18, "lr", "high", "lr 1.0", "1.0", "yellow"),
    knob(6, 18, "reg", 1, "dropout 0.3 + weight decay", "dropout", "red"),
    knob(8, 18, "data", 4, "data x4, augmented", "x4", "red"),
    knob(10, 18, "stop", true, "EarlyStopping(patience=3)", "stop", "red"),
    { type = "lever", x = 12, y = 11, name = "TRAIN lever" },
    { type = "tall_prop", x = 36, y = 2, sprite = "ai_curve_post" },
    { type = "tall_prop", x = 37, y = 2, sprite = "ai_rack" },
    { type = "prop", x = 30, y = 1, sprite = "ai_net_screen" },
  },

  behaviours = {
    person = {
      sprite = "mentor", frames = 2, rate = 30, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self) foundry().person(self) end,
      on_interact = function(self)
        foundry().face(self)
        if foundry().refresh(PREREQS) then return sq.goal(self.name) end
        sq.dialogue(state.done.B and "sione_done" or "sione")
        if state.done.B then sq.ask(self.props.ask) end
        sq.goal(self.name)
      end,
    },
    op = {
      sprite = "token_card_blue", solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self)
        foundry().remember(self)
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
      on_spawn = function(self) sq.set_label(self.id, "TRAIN", true) end,
      on_interact = function(self)
        sq.set_sprite(self.id, "lever_1")
        sq.after(2.6, function() sq.set_sprite(self.id, "lever_0") end)
        train()
      end,
    },
    dot = { sprite = "token_chip_blue", size = { 10, 8 }, offset = { -3, -8 } },
  },

  dialogue = {
    sione = {
      { "Sione, ML engineer", "Sione. I run the Curve Lab, and I have one rule: watch the gap. "
        .. "Training loss says how well the model fits the data it learns from." },
      "Validation loss says how it does on data it never trains on. Both falling: learning. "
        .. "Training falling while validation climbs: the model memorises. That is overfitting.",
      "Both high and flat: the model is too simple or trained too briefly. That is underfitting. "
        .. "Knob tokens go on the six pads at the west wall; the TRAIN lever runs it.",
      "The floor is the chart: blue chips for training loss, yellow for validation, one column "
        .. "per sampled epoch. Ticket A is on the board. The orb and terminal are by me.",
    },
    sione_done = {
      { "Sione, ML engineer", "Both tickets closed. Early stopping, regularisation, more "
        .. "data: each narrows the gap. One question about a real case." },
    },
  },

  exercises = {
    ai_overfitting_1 = { kind = "sort", skill = "overfitting",
      prompt = "Read each training run. Underfitting, overfitting, or a good fit?",
      bins = { "Underfitting", "Overfitting", "Good fit" },
      items = {
        { "Train and val loss both high and flat", bin = 1, why = "The model cannot even fit the training data." },
        { "Train loss falls, val loss rises", bin = 2, why = "It memorises the training set." },
        { "Both low, with a small gap", bin = 3, why = "It learned what carries over to new data." },
        { "Train accuracy 99%, val accuracy 70%", bin = 2, why = "A big gap between train and validation." },
        { "Train accuracy 62%, val accuracy 61%", bin = 1, why = "No gap, but both poor: too simple or too short." },
      },
      explain = "Compare the curves: both bad means underfitting (bigger model, longer "
        .. "training); a growing gap means overfitting (regularise, more data, stop early)." },

    ai_overfitting_2 = { kind = "fill", skill = "overfitting", language = "python",
      prompt = "Stop when validation loss has not improved for 3 epochs, and end with the "
        .. "best weights, not the last ones.",
      code = [[
stop = keras.callbacks.EarlyStopping(
    monitor="val_loss", patience=3,
    restore_best_weights={1})
model.fit(x, y, epochs=100,
          validation_data={2},
          callbacks=[stop])]],
      blanks = {
        { options = { "True", "False" }, answer = 1,
          why = { "Rolls back to the epoch with the best val_loss.",
                  "The default: you keep the last epoch's weights, 3 epochs past the best." } },
        { options = { "(x_val, y_val)", "(x, y)", "(x_test, y_test)" }, answer = 1,
          why = { "A separate validation set the model does not train on.",
                  "Validating on training data cannot show overfitting.",
                  "Using the test set to stop training spends it before the final check." } },
      },
      explain = "Early stopping treats the number of epochs as a hyperparameter chosen on "
        .. "validation data. Set restore_best_weights=True, since it defaults to False." },

    ai_overfitting_3 = { kind = "choice", skill = "overfitting", scenario = true,
      prompt = "You have 2,000 labelled images. Validation loss starts rising after epoch 12 "
        .. "while training loss keeps falling. Which change would you make first?",
      choices = {
        { "Augment the images, add dropout and stop early", right = true,
          why = "More varied data and regularisation shrink the gap; early stopping keeps the best epoch." },
        { "Train for 100 more epochs",
          why = "More epochs memorise the training set even more." },
        { "Double the model's size",
          why = "More capacity makes memorising easier, not harder." },
        { "Tune settings on the test set until it scores well",
          why = "Then the test score no longer tells you anything." },
      },
      explain = "Overfitting means too much capacity for the data. Add data or augmentation, "
        .. "regularise, or stop earlier; starting from a pretrained model also helps." },

    ai_overfitting_4 = { kind = "choice", skill = "overfitting",
      prompt = "Rows are sorted by date, oldest first. You call model.fit(x, y, "
        .. "validation_split=0.2, shuffle=True). Which rows does Keras validate on?",
      choices = {
        { "The last 20% of rows as given, taken before any shuffling", right = true,
          why = "Keras slices the tail off first; shuffle only affects the training part." },
        { "A random 20% of rows",
          why = "validation_split never samples at random." },
        { "The first 20% of rows",
          why = "It takes the end of the arrays, not the start." },
      },
      explain = "Here the newest data validates, which suits forecasting. With rows sorted by "
        .. "class, the tail could be one class: shuffle first or pass validation_data." },

    ai_overfitting_5 = { kind = "code", skill = "overfitting", language = "python",
      prompt = "You report the printed number as the model's accuracy on new data. Which line "
        .. "makes that number too optimistic?",
      code = [[
best = None
for lr in [1e-2, 1e-3, 1e-4]:
    model = build_model(lr)
    model.fit(x_train, y_train, epochs=20,
              validation_data=(x_val, y_val))
    acc = model.evaluate(x_test, y_test)[1]
    if best is None or acc > best[0]:
        best = (acc, lr)
print("test accuracy:", best[0])
]],
      answer = 6,
      why = {
        [6] = "Picking the learning rate by test accuracy turns the test set into a "
          .. "validation set. Choose with x_val, then test once.",
        [5] = "Watching validation data during fit is exactly right.",
        [3] = "Building a fresh model per learning rate is fine.",
      },
      explain = "Every decision made by looking at a data set leaks it into the model. Keep "
        .. "the test set for one final, untouched measurement." },
  },

  hints = {
    "Sione stands beside where you start. Knob tokens lie at the bottom left; pads above them.",
    "Ticket A: both curves stay high. A bigger model (M) trained longer (20 epochs) fits.",
    "Ticket B: keep L and 60 epochs. Add EarlyStopping, or dropout plus more augmented data.",
    "An lr of 1.0 diverges (the chips fly off the chart); 1e-4 learns slowly. Empty LR is 1e-3.",
  },

  goals = {
    { talk = "Sione", text = "Talk to Sione", hint = "Sione is just east of where you start." },
    { collect = "overfitting", text = "Hold overfitting: orb, then terminal",
      hint = "Both are just south-east of Sione: {where:curve terminal}." },
    { reach = "ticket A", text = "Close ticket A: fit the data",
      hint = "Size and epochs on their pads, then the TRAIN lever: {where:TRAIN lever}." },
    { reach = "ticket B", text = "Close ticket B: L, 60 epochs, small gap",
      hint = "Keep L and 60 epochs; add a fix for the gap, and train again." },
    { answer = "ai_overfitting_3", text = "Answer Sione's question",
      hint = "With both tickets closed, talk to Sione: {where:Sione}." },
  },

  grants = { xp = 90 },

  on_start = function()
    for i = 1, 12 do
      dots.val[i] = sq.spawn{ type = "dot", x = 16 + 2 * (i - 1), y = 18, name = "val " .. i }
      sq.set_sprite(dots.val[i], "token_chip_yellow")
      dots.train[i] = sq.spawn{ type = "dot", x = 16 + 2 * (i - 1), y = 18, name = "train " .. i }
    end
    -- Ticket A starts from a small model trained for five epochs.
    for id, t in pairs(foundry().tokens) do
      if t.label == "model size S" or t.label == "epochs 5" then
        sq.place(id, pads[t.knob])
        sq.set_label(pads[t.knob], (t.knob == "capacity" and "SIZE" or "EPOCHS") .. "\n" .. t.short, true)
      end
    end
    panel({ "ticket A: pull TRAIN first", "then change the knobs" })
  end,

  on_place = function(slot, tok)
    local t = foundry().tokens[tok.id]
    if not t then return false, "That does not go there." end
    if state.running then return false, "Wait: the run is still training." end
    if t.knob ~= slot.props.key then
      return false, t.label .. " is a " .. t.knob .. " knob: it goes on its own pad."
    end
    sq.set_label(slot.id, slot.props.label .. "\n" .. t.short, true)
    return true
  end,

  on_take = function(slot, tok)
    sq.set_label(slot.id, slot.props.label, true)
  end,

  on_answer = function(id, correct)
    if correct then sq.xp(10) end
    if foundry().is_warmup(id) then
      sq.after(0.1, function() foundry().refresh(PREREQS) end)
    end
  end,
}
