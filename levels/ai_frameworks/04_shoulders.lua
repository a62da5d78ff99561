-- levels/ai_frameworks/04_shoulders.lua: the AI and ML Frameworks quest, level 4.
-- Transfer learning, Hugging Face models, GPU acceleration and ONNX,
-- performed at the fine-tuning bench (a pretrained backbone, frozen, a new
-- head, then gently unfrozen: accuracy and GPU hours on the readout, from
-- lib/foundry.lua, M.finetune) and the export dock, whose four pads take
-- the steps of an ONNX export only in an order that works.
-- Play order: Leila -> transfer orb and terminal -> Hugging Face orb and
-- terminal -> the bench until the model beats 0.88 -> GPU orb and terminal
-- -> ONNX orb and terminal -> the export dock -> Leila's question -> exit.

local function foundry() return sq.module("foundry") end

local W, H = 40, 19
local grid = {}
for y = 0, H - 1 do
  grid[y] = {}
  for x = 0, W - 1 do
    grid[y][x] = (x == 0 or y == 0 or x == W - 1 or y == H - 1) and "#" or "."
  end
end
local function put(x, y, c) grid[y][x] = c end
for y = 1, H - 2 do put(22, y, (y == 9 or y == 10) and "." or "#") end -- the dock's wall
put(37, 0, "E")
put(3, 10, "@")
for _, p in ipairs({ { 1, 1 }, { 21, 17 }, { 23, 1 }, { 38, 17 } }) do put(p[1], p[2], "P") end
local rows = {}
for y = 0, H - 1 do rows[#rows + 1] = table.concat(grid[y], "", 0, W - 1) end

local pads, dock = {}, {}
local state = { tuned = false, exported = 0, room = "bench", next_look = 0, panel = nil }
local PREREQS = { "python", "deep_learning", "pytorch" }
local DOCK = { "eval", "export", "check", "compare" }
local DOCK_WHY = {
  eval = "First model.eval(): dropout and batch norm must export in inference mode.",
  export = "Export next: there is no .onnx file to check or run yet.",
  check = "Check the exported graph with onnx.checker before anyone runs it.",
  compare = "Last, run the same input in PyTorch and in ONNX Runtime and compare outputs.",
}

local function show()
  local panel
  if state.room == "dock" then
    panel = { title = "Export dock", { state.exported .. " of 4 steps done", value = state.exported / 4,
      tone = state.exported == 4 and "good" or nil } }
    if state.exported == 4 then panel[#panel + 1] = "max abs diff 2e-6: outputs match" end
  else
    local k = foundry().read(pads, "value")
    local r = foundry().finetune({ backbone = k.backbone or "none", freeze = k.freeze, head = k.head,
      unfreeze = k.unfreeze })
    panel = { title = "Parcel classifier",
      { r.acc and string.format("test accuracy %.2f", r.acc) or "test accuracy: n/a",
        value = r.acc or 0, marker = 0.88, tone = r.acc and r.acc >= 0.88 and "good" or nil },
      r.gpu_hours and string.format("GPU hours %.1f", r.gpu_hours) or "GPU hours: -",
      r.note }
    if r.acc and r.acc >= 0.88 and not state.tuned then
      state.tuned = true
      sq.goal("fine-tuned")
    end
  end
  sq.panel(panel)
end

local function token(x, y, fields)
  fields.type, fields.x, fields.y = "op", x, y
  return fields
end

return {
  format = 1,
  id = "ai_frameworks.shoulders",
  quest = "ai_frameworks",
  title = "Standing on Shoulders",
  music = "ai_frameworks_foundry",
  brief = "1,200 labelled photos of damaged parcels are far too few to train a network from "
    .. "scratch. Borrow a pretrained one, adapt it, then ship it as a file that runs anywhere. "
    .. "Talk to Leila first; {hint} gives a hint.",
  requires = { "pytorch" },

  map = { theme = "ai", rows = rows },

  objects = {
    { type = "person", x = 4, y = 7, name = "Leila", look = "leila", talk = "leila", ask = "ai_transfer_learning_3" },
    { type = "skill", x = 2, y = 3, name = "transfer orb", skill = "transfer_learning" },
    { type = "terminal", x = 5, y = 2, name = "transfer terminal", quiz = "ai_transfer_learning_2" },
    { type = "skill", x = 2, y = 14, name = "hugging face orb", skill = "hugging_face" },
    { type = "terminal", x = 5, y = 16, name = "hub terminal", quiz = "ai_hugging_face_1" },
    { type = "sign", x = 10, y = 16, name = "fine-tuned", speaker = "Test photos",
      text = "240 labelled photos the model never trains on. Accuracy here is the number that "
        .. "counts: 0.88 or more ships." },
    { type = "pad", x = 9, y = 12, name = "BACKBONE", key = "backbone", label = "BACKBONE" },
    { type = "pad", x = 14, y = 12, name = "FREEZE", key = "freeze", label = "FREEZE" },
    { type = "pad", x = 19, y = 12, name = "HEAD", key = "head", label = "HEAD" },
    { type = "pad", x = 14, y = 16, name = "UNFREEZE", key = "unfreeze", label = "UNFREEZE" },
    token(9, 3, { name = "vision-base", slot = "backbone", value = "vision-base", short = "base",
      label = "vision-base: Apache-2.0, safetensors", sprite = "token_card_green" }),
    token(11, 5, { name = "vision-pro", slot = "backbone", value = "vision-pro", short = "pro",
      label = "vision-pro: CC BY-NC 4.0", sprite = "token_card_red" }),
    token(13, 3, { name = "freeze backbone", slot = "freeze", value = true, short = "frozen",
      label = "requires_grad_(False) on backbone", sprite = "token_card_blue" }),
    token(15, 5, { name = "new head", slot = "head", value = true, short = "8 classes",
      label = "new Linear head, 8 classes", sprite = "token_card_blue" }),
    token(17, 3, { name = "unfreeze 1e-5", slot = "unfreeze", value = "1e-5", short = "lr 1e-5",
      label = "unfreeze all, lr 1e-5", sprite = "token_card_yellow" }),
    token(19, 5, { name = "unfreeze 1e-3", slot = "unfreeze", value = "1e-3", short = "lr 1e-3",
      label = "unfreeze all, lr 1e-3", sprite = "token_card_yellow" }),
    { type = "skill", x = 19, y = 16, name = "gpu orb", skill = "gpu_acceleration" },
    { type = "terminal", x = 20, y = 8, name = "gpu terminal", quiz = "ai_gpu_acceleration_3" },
    { type = "skill", x = 25, y = 4, name = "onnx orb", skill = "onnx" },
    { type = "terminal", x = 25, y = 15, name = "onnx terminal", quiz = "ai_onnx_1" },
    { type = "pad", x = 27, y = 12, name = "DOCK 1", key = "dock1", label = "1", step = 1 },
    { type = "pad", x = 30, y = 12, name = "DOCK 2", key = "dock2", label = "2", step = 2 },
    { type = "pad", x = 33, y = 12, name = "DOCK 3", key = "dock3", label = "3", step = 3 },
    { type = "pad", x = 36, y = 12, name = "DOCK 4", key = "dock4", label = "4", step = 4 },
    token(28, 16, { name = "model.eval()", dock = "eval", label = "model.eval()", sprite = "token_chip_green" }),
    token(31, 15, { name = "torch.onnx.export", dock = "export", label = "torch.onnx.export(..., dynamo=True)",
      sprite = "token_chip_green" }),
    token(34, 16, { name = "onnx.checker", dock = "check", label = "onnx.checker.check_model(m)",
      sprite = "token_chip_green" }),
    token(37, 15, { name = "compare outputs", dock = "compare", label = "compare with ONNX Runtime",
      sprite = "token_chip_green" }),
    { type = "sign", x = 30, y = 1, name = "exported", speaker = "Export dock",
      text = "Four pads, left to right: the steps of shipping a PyTorch model as ONNX. A step is "
        .. "taken only when the steps before it are done." },
    { type = "tall_prop", x = 8, y = 1, sprite = "ai_model_shelf" },
    { type = "tall_prop", x = 12, y = 1, sprite = "ai_model_shelf" },
    { type = "tall_prop", x = 16, y = 1, sprite = "ai_model_shelf" },
    { type = "tall_prop", x = 20, y = 1, sprite = "ai_rack" },
    { type = "prop", x = 34, y = 1, sprite = "ai_net_screen" },
  },

  behaviours = {
    person = {
      sprite = "mentor", frames = 2, rate = 30, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self) foundry().person(self) end,
      on_interact = function(self)
        foundry().face(self)
        if foundry().refresh(PREREQS) then return sq.goal(self.name) end
        sq.dialogue(state.exported == 4 and "leila_done" or "leila")
        if state.exported == 4 then sq.ask(self.props.ask) end
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
        if self.props.step then dock[self.props.step] = self.id else pads[self.props.key] = self.id end
        sq.set_label(self.id, self.props.label, true)
      end,
    },
  },

  dialogue = {
    leila = {
      { "Leila, applied scientist", "Leila. Someone already paid for the expensive training: use "
        .. "it. A model pretrained on millions of images already knows edges, textures and shapes." },
      "Transfer learning: take that backbone, freeze it, put a new head on top for our 8 damage "
        .. "classes and train only the head. Then, if it helps, unfreeze all at a tiny learning rate.",
      "The Hugging Face Hub holds such models. Read the model card: the licence must allow our "
        .. "paid product, and a safetensors file cannot run code when you load it.",
      "The bench is south of the model shelves: BACKBONE, FREEZE, HEAD, UNFREEZE. Beat 0.88 on "
        .. "the test photos. Then the export dock, east: ship it as ONNX.",
    },
    leila_done = {
      { "Leila, applied scientist", "Fine-tuned in under an hour of GPU time, exported, checked, "
        .. "and it matches PyTorch to six decimals. One more case for you." },
    },
  },

  exercises = {
    ai_transfer_learning_1 = { kind = "order", skill = "transfer_learning",
      prompt = "Put fine-tuning a pretrained image model in order.",
      items = {
        "Load a pretrained backbone",
        "Freeze its weights",
        "Add a new head for your classes",
        "Train the head, learning rate about 1e-3",
        "Unfreeze the top layers of the backbone",
        "Train on, learning rate about 1e-5",
      },
      explain = "Train the new head first so its random weights do not wreck the pretrained "
        .. "ones; then fine-tune gently with a much smaller learning rate." },

    ai_transfer_learning_2 = { kind = "fill", skill = "transfer_learning", language = "python",
      prompt = "Reuse EfficientNetB0's ImageNet features for 8 defect classes, keeping its "
        .. "BatchNorm layers in inference mode.",
      code = [[
base = keras.applications.EfficientNetB0(
    include_top={1}, weights="imagenet")
base.trainable = False
inputs = keras.Input(shape=(224, 224, 3))
x = base(inputs, training={2})
x = keras.layers.GlobalAveragePooling2D()(x)
outputs = keras.layers.Dense(8)(x)]],
      blanks = {
        { options = { "False", "True" }, answer = 1,
          why = { "Drops the 1000-class ImageNet head; you add your own.",
                  "Keeps ImageNet's classifier, which knows nothing of your 8 defects." } },
        { options = { "False", "True" }, answer = 1,
          why = { "BatchNorm stays in inference mode, even after you unfreeze the base to fine-tune.",
                  "Once you unfreeze, BatchNorm would update its statistics from your small data and wreck the features." } },
      },
      explain = "This is the Keras transfer-learning recipe: frozen base called with "
        .. "training=False, a new head, then optional fine-tuning at a low learning rate." },

    ai_transfer_learning_3 = { kind = "choice", skill = "transfer_learning", scenario = true,
      prompt = "1,200 labelled photos of 8 defect types, one GPU and a week. Which approach "
        .. "would you choose?",
      choices = {
        { "Fine-tune a pretrained image model", right = true,
          why = "Reuses features learned from millions of images; 1,200 are enough to adapt them." },
        { "Train a ResNet from scratch",
          why = "Far too little data; it would overfit or take weeks to get anywhere." },
        { "Label a million photos first",
          why = "Months of work that transfer learning makes unnecessary." },
        { "Cluster the raw pixels with k-means",
          why = "Pixel clusters follow lighting and colour, not defects." },
      },
      explain = "Transfer learning is the default for small data sets: someone else paid "
        .. "for the expensive part of training." },

    ai_transfer_learning_4 = { kind = "code", skill = "transfer_learning", language = "python",
      prompt = "loss.backward() fails: element 0 of tensors does not require grad. Which line "
        .. "must move below the freezing loop?",
      code = [[
from torch import nn, optim
from torchvision.models import resnet18
from torchvision.models import ResNet18_Weights

model = resnet18(weights=ResNet18_Weights.DEFAULT)
model.fc = nn.Linear(model.fc.in_features, 8)
for p in model.parameters():
    p.requires_grad = False
opt = optim.AdamW(model.fc.parameters(), lr=1e-3)
]],
      answer = 6,
      why = {
        [6] = "The new head is created first, so the loop freezes it too and nothing can "
          .. "learn. Replace fc after freezing.",
        [5] = "weights=ResNet18_Weights.DEFAULT is the current way to load pretrained weights.",
        [9] = "Giving the optimizer only the head's parameters is right once the head is trainable.",
      },
      explain = "Freeze first, then add new layers: fresh modules are trainable by default. "
        .. "torchvision's old pretrained=True argument is deprecated in favour of weights=." },

    ai_hugging_face_1 = { kind = "fill", skill = "hugging_face", language = "python",
      prompt = "Load your fine-tuned ticket router from the Hub and label one message.",
      code = "from transformers import pipeline\n\n"
        .. "clf = pipeline(\"{1}\",\n"
        .. "               model=\"acme/ticket-router\")\n"
        .. "print(clf(\"My invoice shows the wrong VAT\"))",
      blanks = {
        { options = { "text-classification", "summarization", "fill-mask" }, answer = 1,
          why = { "Assigns a label such as billing to the text.",
                  "Writes a shorter text; it does not route.",
                  "Predicts a hidden word; it is not a classifier." } },
      },
      explain = "pipeline() wraps tokenizer, model and post-processing. It returns a list of "
        .. "{label, score} results for text classification." },

    ai_hugging_face_2 = { kind = "choice", skill = "hugging_face", scenario = true,
      prompt = "The best model for your paid product on the Hub is licensed cc-by-nc-4.0. "
        .. "What would you do?",
      choices = {
        { "Choose a model under a licence that allows commercial use", right = true,
          why = "NC means non-commercial: a paid product breaks the licence." },
        { "Use it; models on the Hub are free to use",
          why = "Public is not the same as licensed for your use." },
        { "Fine-tune it, then the licence no longer applies",
          why = "A fine-tuned model is still derived from the licensed one." },
      },
      explain = "Read the model card: licence, training data, intended use and known limits. "
        .. "Apache-2.0 and MIT allow commercial use." },

    ai_hugging_face_3 = { kind = "choice", skill = "hugging_face",
      prompt = "After upgrading to Transformers v5, from transformers import TFAutoModel fails. "
        .. "Why?",
      choices = {
        { "v5 removed the TensorFlow and JAX classes: it is PyTorch-only", right = true,
          why = "The v5 migration guide removes TF and Flax code to focus on PyTorch." },
        { "The class was renamed TFAutoModelV5",
          why = "There is no such class." },
        { "TensorFlow must be installed before Transformers",
          why = "Install order does not matter; the classes are gone." },
      },
      explain = "Pin transformers<5 for old TensorFlow code, or move the model to PyTorch. "
        .. "Many Hub models load in PyTorch anyway." },

    ai_hugging_face_4 = { kind = "sort", skill = "hugging_face",
      prompt = "Loading a model from someone else's Hub repository: which of these can run "
        .. "code on your machine?",
      bins = { "Data only", "Can run code" },
      items = {
        { "model.safetensors", bin = 1, why = "Safetensors stores only tensors; loading runs no code." },
        { "pytorch_model.bin", bin = 2, why = "A pickle: loading it unsafely can execute code." },
        { "trust_remote_code=True", bin = 2, why = "Runs Python files from the repository." },
        { "config.json", bin = 1, why = "Plain settings read as JSON." },
        { "tokenizer.json", bin = 1, why = "Vocabulary and rules as JSON." },
      },
      explain = "Prefer safetensors, keep trust_remote_code off unless you have read the "
        .. "code, and pin a revision so the files cannot change under you." },

    ai_gpu_acceleration_1 = { kind = "fill", skill = "gpu_acceleration", language = "python",
      prompt = "Use the GPU when there is one, and fall back to the CPU otherwise.",
      code = "device = (\"cuda\" if torch.cuda.{1}()\n"
        .. "          else \"cpu\")\n"
        .. "model = model.{2}(device)",
      blanks = {
        { options = { "is_available", "available", "exists" }, answer = 1,
          why = { "torch.cuda.is_available() is True when a usable CUDA GPU is present.",
                  "No such function in torch.cuda.",
                  "No such function in torch.cuda." } },
        { options = { "to", "device", "send" }, answer = 1,
          why = { "model.to(device) moves parameters and buffers there.",
                  "Modules have no device() method.",
                  "Modules have no send() method." } },
      },
      explain = "Model and data must sit on the same device: move each batch with "
        .. "x.to(device) too." },

    ai_gpu_acceleration_2 = { kind = "choice", skill = "gpu_acceleration", scenario = true,
      prompt = "The GPU sits at 25% use while training. The DataLoader decodes JPEGs in the "
        .. "main process. What would you change first?",
      choices = {
        { "DataLoader(num_workers=8, pin_memory=True)", right = true,
          why = "Worker processes decode images in parallel so the GPU is not kept waiting." },
        { "Rent a bigger GPU",
          why = "A faster GPU would wait even longer for the same slow input." },
        { "Lower the batch size",
          why = "Smaller batches use the GPU even less efficiently." },
      },
      explain = "Profile before you buy: a starved GPU is an input-pipeline problem. Parallel "
        .. "loading, caching decoded data or tf.data prefetching keep it busy." },

    ai_gpu_acceleration_3 = { kind = "code", skill = "gpu_acceleration", language = "python",
      prompt = "Expected all tensors to be on the same device. Which line causes it?",
      code = [[
device = "cuda"
model = Net().to(device)
for x, y in loader:
    logits = model(x)
    loss = loss_fn(logits, y.to(device))
    loss.backward()
]],
      answer = 4,
      why = {
        [4] = "x is still on the CPU while the model's weights are on the GPU. Use "
          .. "model(x.to(device)).",
        [5] = "The labels are moved correctly here.",
        [2] = "Moving the model once at the start is right.",
      },
      explain = "Every tensor that meets the model must be on its device. Moving whole "
        .. "batches, inputs and labels, in one place avoids this." },

    ai_gpu_acceleration_4 = { kind = "sort", skill = "gpu_acceleration",
      prompt = "Where is a GPU worth its cost?",
      bins = { "GPU", "CPU is fine" },
      items = {
        { "Fine-tune a vision transformer", bin = 1, why = "Heavy matrix maths for hours: the GPU's home ground." },
        { "Logistic regression on 20,000 rows", bin = 2, why = "Trains in seconds on a CPU." },
        { "Small tree model, 3 predictions a minute", bin = 2, why = "A GPU would sit idle and cost money." },
        { "Embed 50 million documents overnight", bin = 1, why = "Large batched neural inference." },
        { "Train a 1-billion-parameter model", bin = 1, why = "Impractical without accelerators." },
      },
      explain = "GPUs pay off for large, batched tensor maths. For small models and light "
        .. "traffic they mostly add cost." },

    ai_onnx_1 = { kind = "fill", skill = "onnx", language = "python",
      prompt = "Run the exported router.onnx on the CPU with ONNX Runtime. batch is a NumPy "
        .. "array of float64 values, NumPy's default.",
      code = [=[
import numpy as np
import onnxruntime as ort

sess = ort.InferenceSession(
    "router.onnx", providers=[{1}])
name = sess.get_inputs()[0].name
x = batch.astype({2})
outputs = sess.run(None, {name: x})
probs = outputs[0]]=],
      blanks = {
        { options = { "\"CPUExecutionProvider\"", "\"CPU\"", "\"numpy\"" }, answer = 1,
          why = { "Execution providers have full names; CUDAExecutionProvider is the GPU one.",
                  "Not a provider name: providers are named like CPUExecutionProvider.",
                  "NumPy is the data format, not an execution provider." } },
        { options = { "np.float32", "np.float64", "np.int64" }, answer = 1,
          why = { "A model exported from PyTorch's default float32 expects float32 inputs.",
                  "Feeding doubles to a float input fails with a type error from ONNX Runtime.",
                  "Integers are the wrong type for float features." } },
      },
      explain = "InferenceSession loads the model once; run(None, feeds) returns every output. "
        .. "Inputs must match the model's declared names, shapes and dtypes exactly." },

    ai_onnx_2 = { kind = "choice", skill = "onnx", scenario = true,
      prompt = "A model trained in PyTorch must run inside a C# service that has no Python. "
        .. "Which route would you choose?",
      choices = {
        { "Export to ONNX and run it with ONNX Runtime for .NET", right = true,
          why = "ONNX Runtime has C#, Java, C++ and JavaScript APIs; no Python needed." },
        { "Embed a Python interpreter in the service",
          why = "Fragile and heavy: a second runtime in every instance." },
        { "Rewrite the model by hand in C#",
          why = "Error-prone, and every retrain means rewriting again." },
      },
      explain = "ONNX decouples training from serving: the framework that trains need not be "
        .. "the one that runs in production." },

    ai_onnx_3 = { kind = "order", skill = "onnx",
      prompt = "Put shipping a PyTorch model as ONNX in order.",
      items = {
        "model.eval()",
        "torch.onnx.export(..., dynamo=True)",
        "Check the file with onnx.checker",
        "Compare ORT and PyTorch outputs on a batch",
        "Load it in the service's InferenceSession",
      },
      explain = "Export in eval mode, then prove equivalence: outputs should agree to about "
        .. "1e-5 on real inputs before the file goes anywhere." },

    ai_onnx_4 = { kind = "choice", skill = "onnx",
      prompt = "The ONNX model gives different answers in the service than the notebook did "
        .. "in PyTorch, on the same raw text. Most likely cause?",
      choices = {
        { "The service skips preprocessing that ran outside the model", right = true,
          why = "Tokenising or scaling lived in the notebook, not in the exported graph." },
        { "ONNX Runtime rounds every number to an integer",
          why = "It computes in the model's float types." },
        { "ONNX files decay after export",
          why = "A file does not change; the inputs do." },
      },
      explain = "Training-serving skew: the model file is only part of the model. Ship the "
        .. "preprocessing with it, in the graph or a shared library." },
  },

  hints = {
    "Leila stands by where you start. The transfer orb and terminal are north of her.",
    "vision-base on BACKBONE (its licence allows a paid product), freeze it, a new head: 0.88. "
      .. "Unfreezing at lr 1e-5 adds a little; 1e-3 wrecks the pretrained features.",
    "The dock's order: model.eval(), torch.onnx.export, onnx.checker, compare with ONNX Runtime.",
  },

  goals = {
    { talk = "Leila", text = "Talk to Leila", hint = "Leila is just above where you start." },
    { collect = "transfer_learning", text = "Hold transfer learning",
      hint = "North of Leila: {where:transfer terminal}." },
    { collect = "hugging_face", text = "Hold Hugging Face models",
      hint = "South-west: {where:hub terminal}." },
    { reach = "fine-tuned", text = "Fine-tune: test accuracy 0.88 or more",
      hint = "Tokens from the shelves onto BACKBONE, FREEZE, HEAD (and UNFREEZE)." },
    { collect = "gpu_acceleration", text = "Hold GPU acceleration",
      hint = "By the bench: {where:gpu terminal}." },
    { collect = "onnx", text = "Hold ONNX", hint = "In the dock, east: {where:onnx terminal}." },
    { reach = "exported", text = "Ship it: the export dock's four steps",
      hint = "Each step's token onto the next free pad, in order." },
    { answer = "ai_transfer_learning_3", text = "Answer Leila's question",
      hint = "With the model shipped, talk to Leila: {where:Leila}." },
  },

  grants = { xp = 100 },

  on_start = function() show() end,

  on_update = function(dt)
    if sq.time() < state.next_look then return end
    state.next_look = sq.time() + 0.25
    local room = sq.player().x > 22 and "dock" or "bench"
    if room ~= state.room then
      state.room = room
      show()
    end
  end,

  on_place = function(slot, tok)
    local t = foundry().tokens[tok.id]
    if not t then return false, "That does not go there." end
    if slot.props.step then
      if not t.dock then return false, "The dock takes the export's steps." end
      local want = DOCK[slot.props.step]
      if slot.props.step ~= state.exported + 1 then
        return false, "Fill the dock's pads left to right, each step after the one before it."
      end
      if t.dock ~= want then return false, DOCK_WHY[want] end
      if t.dock == "export" and not sq.has_skill("onnx") then
        return false, "Hold ONNX first: its orb and terminal are in this dock."
      end
      state.exported = slot.props.step
      sq.set_label(slot.id, slot.props.label .. "\n" .. t.dock, true)
      if state.exported == 4 then sq.goal("exported") end
      sq.after(0, show)
      return true
    end
    if t.slot ~= slot.props.key then return false, t.name .. " goes on the " .. string.upper(t.slot) .. " pad." end
    if t.value == "vision-pro" then
      return false, "CC BY-NC 4.0: non-commercial use only. Our parcel app is a paid product."
    end
    sq.set_label(slot.id, slot.props.label .. "\n" .. t.short, true)
    sq.after(0, show)
    return true
  end,

  on_take = function(slot, tok)
    if slot.props.step then
      -- The steps after this one stand on nothing now: count the filled run from the left.
      local n = 0
      while dock[n + 1] and dock[n + 1] ~= slot.id and sq.on_slot(dock[n + 1]) do n = n + 1 end
      state.exported = n
    end
    sq.set_label(slot.id, slot.props.label, true)
    sq.after(0, show)
  end,

  on_answer = function(id, correct)
    if correct then sq.xp(10) end
    if foundry().is_warmup(id) then
      sq.after(0.1, function() foundry().refresh(PREREQS) end)
    end
  end,
}
