-- levels/ai_frameworks/01_tensors.lua: the AI and ML Frameworks quest, level 1.
-- Deep learning and PyTorch, performed in the Model Foundry: a tensor of the
-- right shape carried to a Linear layer (the wrong ones are refused with
-- PyTorch's own error), then the Loop Ring: five pads that take the lines
-- of a training step; the EPOCH lever runs them and the readout shows the
-- loss falling, staying flat, climbing, or the error Python would raise
-- (lib/foundry.lua, M.loop).
-- Play order: Mei Lin -> deep learning orb and terminal -> the Linear layer
-- -> PyTorch orb and terminal -> the Loop Ring until the loss falls ->
-- Mei Lin's write-up -> exit.

local function foundry() return sq.module("foundry") end

local W, H = 38, 17
local grid = {}
for y = 0, H - 1 do
  grid[y] = {}
  for x = 0, W - 1 do
    grid[y][x] = (x == 0 or y == 0 or x == W - 1 or y == H - 1) and "#" or "."
  end
end
local function put(x, y, c) grid[y][x] = c end
for y = 1, H - 2 do put(21, y, (y == 8 or y == 9) and "." or "#") end -- the ring's wall
put(2, 0, "E")
put(35, 9, "@")
for _, p in ipairs({ { 1, 15 }, { 20, 1 }, { 20, 15 }, { 22, 1 }, { 36, 15 } }) do put(p[1], p[2], "P") end
local rows = {}
for y = 0, H - 1 do rows[#rows + 1] = table.concat(grid[y], "", 0, W - 1) end

local pads = {}
local state = { falling = false, running = false, room = "workshop", next_look = 0, panel = nil }
local STEPS = { "step1", "step2", "step3", "step4", "step5" }

local function ring_order()
  local held = foundry().read(pads, "op")
  local order = {}
  for _, key in ipairs(STEPS) do
    if held[key] then order[#order + 1] = held[key] end
  end
  return order
end

local function show(losses, note, shown)
  local panel = { title = "Training loop", { note or "fill the five pads", tone = losses and
    (note == "loss falls" and "good" or "warn") or nil } }
  if losses then
    for i, step in ipairs({ 1, 2, 3, 4, 6, 8 }) do
      if i <= (shown or 6) then
        local v = losses[step]
        panel[#panel + 1] = { string.format("step %d: loss %.2f", step, v), value = math.min(1, v / 6) }
      end
    end
  end
  state.panel = panel
  if state.room == "ring" then sq.panel(panel) end
end

-- The EPOCH lever: run eight steps, one line at a time.
local function run()
  if state.running then return end
  local order = ring_order()
  if #order < 5 then return sq.say("EPOCH lever", "The ring needs all five pads filled.") end
  local losses, note = foundry().loop(order)
  if not losses then
    show(nil, note)
    return sq.say("Python", note)
  end
  state.running = true
  local i = 0
  local function tick()
    i = i + 1
    show(losses, note, i)
    sq.sound("cursor")
    if i < 6 then return sq.after(0.3, tick) end
    state.running = false
    if note == "loss falls" then
      state.falling = true
      sq.goal("training loop")
    end
  end
  tick()
end

local function token(x, y, op, label, colour)
  return { type = "op", x = x, y = y, name = label, op = op, label = label, sprite = "token_card_" .. colour }
end
local function tensor(x, y, shape)
  return { type = "op", x = x, y = y, name = "tensor " .. shape, shape = shape, label = "tensor " .. shape,
           sprite = "token_chip_blue" }
end

return {
  format = 1,
  id = "ai_frameworks.tensors",
  quest = "ai_frameworks",
  title = "Tensors and the Loop",
  music = "ai_frameworks_foundry",
  brief = "The Model Foundry trains the campus's models. Before the big frameworks, see the "
    .. "engine: tensors, layers and the training loop in PyTorch. Talk to Mei Lin first; {hint} "
    .. "gives a hint.",

  map = { theme = "ai", rows = rows },

  objects = {
    { type = "person", x = 33, y = 5, name = "Mei Lin", look = "mei", talk = "mei", ask = "ai_pytorch_1" },
    { type = "skill", x = 30, y = 8, name = "deep learning orb", skill = "deep_learning" },
    { type = "terminal", x = 35, y = 13, name = "deep terminal", quiz = "ai_deep_learning_1" },
    tensor(25, 9, "(32, 1000)"), tensor(28, 9, "(32, 784)"), tensor(31, 9, "(32, 1, 28, 28)"),
    { type = "pad", x = 28, y = 14, name = "Linear layer", key = "linear", label = "Linear(784, 128)" },
    { type = "skill", x = 3, y = 3, name = "pytorch orb", skill = "pytorch" },
    { type = "terminal", x = 3, y = 6, name = "pytorch terminal", quiz = "ai_pytorch_2" },
    { type = "pad", x = 11, y = 3, name = "STEP 1", key = "step1", label = "STEP 1" },
    { type = "pad", x = 16, y = 6, name = "STEP 2", key = "step2", label = "STEP 2" },
    { type = "pad", x = 14, y = 10, name = "STEP 3", key = "step3", label = "STEP 3" },
    { type = "pad", x = 8, y = 10, name = "STEP 4", key = "step4", label = "STEP 4" },
    { type = "pad", x = 6, y = 6, name = "STEP 5", key = "step5", label = "STEP 5" },
    token(3, 14, "loss", "loss = loss_fn(logits, y)", "green"),
    token(5, 15, "step", "optimizer.step()", "green"),
    token(7, 14, "no_grad", "with torch.no_grad():", "red"),
    token(9, 15, "zero_grad", "optimizer.zero_grad()", "green"),
    token(11, 14, "backward", "loss.backward()", "green"),
    token(13, 15, "eval", "model.eval()", "red"),
    token(15, 14, "forward", "logits = model(x)", "green"),
    { type = "lever", x = 11, y = 7, name = "training loop" },
    { type = "tall_prop", x = 24, y = 2, sprite = "ai_model_shelf" },
    { type = "tall_prop", x = 25, y = 2, sprite = "ai_model_shelf" },
    { type = "prop", x = 29, y = 1, sprite = "ai_net_screen" },
    { type = "prop", x = 17, y = 1, sprite = "ai_rack" },
    { type = "prop", x = 18, y = 1, sprite = "ai_rack" },
  },

  behaviours = {
    person = {
      sprite = "mentor", frames = 2, rate = 30, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self) foundry().person(self) end,
      on_interact = function(self)
        foundry().face(self)
        if foundry().refresh({ "python" }) then return sq.goal(self.name) end
        sq.dialogue(state.falling and "mei_done" or "mei")
        if state.falling then sq.ask(self.props.ask) end
        sq.goal(self.name)
      end,
    },
    op = {
      sprite = "token_card_green", solid = true, size = { 12, 10 }, offset = { -2, -6 },
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
      on_spawn = function(self) sq.set_label(self.id, "EPOCH", true) end,
      on_interact = function(self)
        sq.set_sprite(self.id, state.running and "lever_0" or "lever_1")
        run()
      end,
    },
  },

  dialogue = {
    mei = {
      { "Mei Lin, research engineer", "Mei Lin. I print x.shape before I say hello. Today you see "
        .. "the engine before we buy the car: tensors, a layer, and the loop that trains it." },
      "A tensor is an n-dimensional array that can live on a GPU and remembers how it was made, "
        .. "so PyTorch can work out gradients. A batch of 32 flattened 28x28 images is (32, 784).",
      "Deep learning stacks layers: nn.Linear(784, 128) multiplies a (batch, 784) input by its "
        .. "weights. Carry a tensor from the bench here to the Linear layer below it: see which fits.",
      "Then the Loop Ring, west. PyTorch leaves the training loop to you: five lines per batch. "
        .. "Put them on the five pads in order and pull the EPOCH lever. The loss should fall.",
    },
    mei_done = {
      { "Mei Lin, research engineer", "The loss falls: your model learns. Write the step down for "
        .. "me, in order: that is the heart of every PyTorch training script." },
    },
  },

  exercises = {
    ai_deep_learning_1 = { kind = "choice", skill = "deep_learning", scenario = true,
      prompt = "Which of these backend features would you build with deep learning?",
      choices = {
        { "Transcribing recorded support calls to text", right = true,
          why = "Speech recognition needs deep networks trained on huge amounts of audio." },
        { "Computing an invoice total from its lines",
          why = "Exact arithmetic: plain code is right every time." },
        { "Blocking logins after five failed attempts",
          why = "A clear rule; write it as a rule." },
        { "Forecasting next month's sales from a 30-column table",
          why = "Tabular data: start with gradient-boosted trees, not deep learning." },
      },
      explain = "Deep learning pays off on perception and language: images, audio and text. "
        .. "For rules and small tables, simpler tools win." },

    ai_deep_learning_2 = { kind = "sort", skill = "deep_learning",
      prompt = "Which kind of model is the usual starting point for each kind of data?",
      bins = { "Conv net/ViT", "Transformer", "Boosted trees" },
      items = {
        { "Product photos", bin = 1, why = "Convolutional nets and vision transformers read images." },
        { "Support ticket text", bin = 2, why = "Pretrained text transformers lead on language." },
        { "A spreadsheet with 30 columns", bin = 3, why = "Tree ensembles are strongest on tables." },
        { "Chest X-rays", bin = 1, why = "Images again, usually fine-tuned from a pretrained model." },
        { "Chat replies", bin = 2, why = "Generating text is a transformer's job." },
        { "Card transactions with amounts", bin = 3, why = "Tabular features, classic boosted-tree territory." },
      },
      explain = "Match the architecture to the data: convolutions and vision transformers "
        .. "for images, transformers for text, boosted trees for tables." },

    ai_deep_learning_3 = { kind = "order", skill = "deep_learning",
      prompt = "Put the path from data to a trained deep model in order.",
      items = {
        "Collect and label examples",
        "Split into train, validation and test",
        "Train in mini-batches, epoch by epoch",
        "Keep the epoch with the best validation loss",
        "Report the test score once",
      },
      explain = "Validation guides every choice during training; the test set is touched "
        .. "once, so its score stays honest." },

    ai_deep_learning_4 = { kind = "choice", skill = "deep_learning",
      prompt = "You train on 10,000 images with a batch size of 100. How many optimizer steps "
        .. "make one epoch?",
      choices = {
        { "100", right = true, why = "10,000 / 100 = 100 batches, one step each." },
        { "1", why = "One step per batch, not per epoch." },
        { "10,000", why = "That would be a batch size of 1." },
        { "100 x 10,000", why = "Each image is seen once per epoch." },
      },
      explain = "An epoch is one full pass over the training data; each mini-batch gives one "
        .. "gradient step." },

    ai_pytorch_1 = { kind = "order", skill = "pytorch",
      prompt = "Put one PyTorch training step in order.",
      items = {
        "optimizer.zero_grad()",
        "logits = model(x)",
        "loss = loss_fn(logits, y)",
        "loss.backward()",
        "optimizer.step()",
      },
      why = {
        "Clear gradients left from the last step; PyTorch adds them up otherwise.",
        "Forward pass: predictions for the batch.",
        "Measure how wrong they are.",
        "Autograd computes every parameter's gradient.",
        "Update the weights using those gradients.",
      },
      explain = "zero_grad can also come right after step; what matters is that old gradients "
        .. "never leak into the next backward pass." },

    ai_pytorch_2 = { kind = "code", skill = "pytorch", language = "python",
      prompt = "This 3-class classifier learns slowly and stalls. Which line holds the bug?",
      code = [[
import torch
from torch import nn

model = nn.Sequential(
    nn.Linear(20, 64), nn.ReLU(),
    nn.Linear(64, 3), nn.Softmax(dim=1),
)
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)

for x, y in loader:
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
]],
      answer = 6,
      why = {
        [6] = "CrossEntropyLoss expects raw logits and applies log-softmax itself; a Softmax "
          .. "before it squashes the gradients.",
        [8] = "CrossEntropyLoss is the right loss for classes; it just wants logits.",
        [12] = "zero_grad at the start of each step is correct.",
      },
      explain = "End the model with Linear(64, 3) and let CrossEntropyLoss handle softmax. "
        .. "Apply softmax only when you need probabilities at prediction time." },

    ai_pytorch_3 = { kind = "fill", skill = "pytorch", language = "python",
      prompt = "The model has Dropout. Get repeatable predictions for a batch, without "
        .. "building the autograd graph.",
      code = "model.{1}()\nwith torch.{2}():\n    logits = model(x_batch)",
      blanks = {
        { options = { "eval", "train", "freeze" }, answer = 1,
          why = { "eval() switches Dropout off and BatchNorm to its running statistics.",
                  "train() keeps Dropout active: predictions would change on every call.",
                  "Modules have no freeze() method." } },
        { options = { "no_grad", "enable_grad", "autocast" }, answer = 1,
          why = { "no_grad skips recording the graph: less memory, faster.",
                  "enable_grad turns gradient tracking on, the opposite.",
                  "autocast changes number precision, not gradient tracking." } },
      },
      explain = "model.eval() and torch.no_grad() do different jobs; inference needs both. "
        .. "torch.inference_mode() is a stricter, slightly faster no_grad." },

    ai_pytorch_4 = { kind = "choice", skill = "pytorch", scenario = true,
      prompt = "A forum post shares checkpoint.pt. On PyTorch 2.6+, torch.load(path) fails "
        .. "with an error mentioning weights_only. What would you do?",
      choices = {
        { "Keep weights_only=True; ask for a state_dict or safetensors file", right = true,
          why = "The default refuses to unpickle arbitrary objects, which is what protects you." },
        { "Pass weights_only=False so it loads",
          why = "That unpickles the file without limits, and an untrusted pickle can run code." },
        { "Downgrade PyTorch to an older version",
          why = "Brings back the unsafe default and old bugs." },
        { "Rename the file to .pth",
          why = "The extension changes nothing about what is inside." },
      },
      explain = "Since PyTorch 2.6, torch.load defaults to weights_only=True. Only turn it off "
        .. "for files you created or fully trust." },

    ai_pytorch_5 = { kind = "choice", skill = "pytorch",
      prompt = "x = torch.randn(32, 3, 224, 224) is a batch for an image model. What do the "
        .. "four sizes mean?",
      choices = {
        { "32 images, 3 colour channels, 224 x 224 pixels", right = true,
          why = "PyTorch vision models take (batch, channels, height, width)." },
        { "32 channels, 3 images, 224 x 224 pixels",
          why = "The batch comes first in PyTorch." },
        { "224 images of 32 x 3 pixels",
          why = "Height and width are the last two sizes." },
      },
      explain = "Shapes are the first thing to check when a model fails. x.shape prints them; "
        .. "PyTorch images are channels-first (N, C, H, W)." },
  },

  hints = {
    "Mei Lin stands near where you start. The deep learning orb is south-west of her.",
    "nn.Linear(784, 128) wants 784 features per row: (batch, 784). Flatten images first.",
    "A training step: zero_grad, forward (logits = model(x)), loss, backward, step. "
      .. "no_grad and eval() belong to evaluation, not training.",
  },

  goals = {
    { talk = "Mei Lin", text = "Talk to Mei Lin", hint = "Mei Lin is just above where you start." },
    { collect = "deep_learning", text = "Hold deep learning: orb, then terminal",
      hint = "The orb is by Mei Lin, the terminal at the bottom right: {where:deep terminal}." },
    { reach = "Linear layer", text = "Feed the Linear layer a tensor it takes",
      hint = "Carry a tensor from the bench ({confirm} next to it) to the Linear layer pad." },
    { collect = "pytorch", text = "Hold PyTorch: orb, then terminal",
      hint = "In the ring room, west, top left: {where:pytorch terminal}." },
    { reach = "training loop", text = "Make the loss fall in the Loop Ring",
      hint = "Five pads, five lines, then the EPOCH lever: {where:training loop}." },
    { answer = "ai_pytorch_1", text = "Write the step down for Mei Lin",
      hint = "Once the loss falls, talk to Mei Lin again: {where:Mei Lin}." },
  },

  grants = { xp = 80 },

  on_start = function() show() end,

  -- The loop's readout shows in the ring room only: the workshop stays clear.
  on_update = function(dt)
    if sq.time() < state.next_look then return end
    state.next_look = sq.time() + 0.25
    local room = sq.player().x < 21 and "ring" or "workshop"
    if room ~= state.room then
      state.room = room
      sq.panel(room == "ring" and state.panel or nil)
    end
  end,

  on_place = function(slot, tok)
    local t = foundry().tokens[tok.id]
    if not t then return false, "That does not go there." end
    if slot.props.key == "linear" then
      if not t.shape then return false, "A layer takes tensors, not lines of code." end
      local fits = foundry().shapes[t.shape]
      if fits ~= true then return false, fits end
      sq.set_label(slot.id, slot.props.label .. "\nout: (32, 128)", true)
      sq.goal("Linear layer")
      return true
    end
    if t.shape then return false, "The ring takes lines of the training loop, not tensors." end
    sq.set_label(slot.id, slot.props.label .. "\n" .. t.op, true)
    return true
  end,

  on_take = function(slot, tok)
    sq.set_label(slot.id, slot.props.label, true)
  end,

  on_answer = function(id, correct)
    if correct then sq.xp(10) end
    if foundry().is_warmup(id) then
      sq.after(0.1, function() foundry().refresh({ "python" }) end)
    end
  end,
}
