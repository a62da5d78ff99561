-- levels/ai_frameworks/02_backends.lua: the AI and ML Frameworks quest, level 2.
-- Keras 3 and its backends (JAX, TensorFlow, PyTorch), TensorFlow's current
-- shape (tf.keras is Keras 3, LiteRT), JAX, and when scikit-learn is the
-- right tool, performed in the Backend Switchyard: a token on the
-- KERAS_BACKEND pad before the "import keras" arch fixes the backend for
-- the process (the pad refuses changes afterwards, as Keras does, until
-- the restart terminal), and only that backend's platform opens. On the
-- PyTorch platform, problem cards go to the framework that fits them.
-- Play order: Rafael -> backend token, the arch, the Keras orb and terminal
-- -> each platform (restart between): JAX, TensorFlow, PyTorch -> the
-- framework desks -> exit.

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
for y = 1, H - 2 do put(13, y, (y == 8 or y == 9) and "." or "#") end -- the arch's wall
for x = 17, W - 2 do put(x, 6, "#"); put(x, 12, "#") end              -- three platforms
for y = 1, H - 2 do put(17, y, (y == 3 or y == 9 or y == 15) and "." or "#") end
put(6, 0, "E")
put(3, 9, "@")
for _, p in ipairs({ { 1, 1 }, { 12, 1 }, { 1, 17 }, { 12, 17 } }) do put(p[1], p[2], "P") end
local rows = {}
for y = 0, H - 1 do rows[#rows + 1] = table.concat(grid[y], "", 0, W - 1) end

local pads, doors = {}, {}
local state = { imported = nil, desks = {}, room = "station", next_look = 0 }
local PREREQS = { "python", "deep_learning", "pytorch" }

local function show()
  local chosen = foundry().read({ b = pads.backend }, "backend").b
  local panel = { title = "The Keras process",
    "KERAS_BACKEND=" .. (chosen or "(not set)"),
    state.imported and ("keras.config.backend(): " .. state.imported) or "keras not imported yet" }
  if state.room == "station" then sq.panel(panel) else sq.panel(nil) end
end

-- Only the imported backend's platform is open.
local function open_doors()
  for backend, id in pairs(doors) do
    local open = state.imported == backend
    sq.set_solid(id, not open)
    sq.set_sprite(id, open and "door_open" or "door_locked")
  end
end

local function token(x, y, fields)
  fields.type, fields.x, fields.y = "op", x, y
  return fields
end

local DESK_OF = { churn = "sklearn", research = "pytorch", prototype = "keras", phone = "litert",
                  fraud = "sklearn" }
local DESK_WHY = {
  sklearn = "Tables of columns: scikit-learn (boosted trees, linear models) first.",
  pytorch = "Full control of every step, and the research code is in PyTorch.",
  keras = "A quick prototype with fit(): Keras's high-level API.",
  litert = "On an Android phone, offline: LiteRT, formerly TensorFlow Lite.",
}

return {
  format = 1,
  id = "ai_frameworks.backends",
  quest = "ai_frameworks",
  title = "One Model, Three Backends",
  music = "ai_frameworks_foundry",
  brief = "Keras 3 is one API over three engines: JAX, TensorFlow and PyTorch. Pick a backend "
    .. "before you import Keras, ride to its platform, and learn which framework fits which job. "
    .. "Talk to Rafael first; {hint} gives a hint.",
  requires = { "pytorch" },

  map = { theme = "ai", rows = rows },

  objects = {
    { type = "person", x = 4, y = 5, name = "Rafael", look = "rafael", talk = "rafael", ask = "ai_keras_3" },
    { type = "pad", x = 9, y = 5, name = "KERAS_BACKEND", key = "backend", label = "KERAS_BACKEND" },
    token(4, 13, { name = "backend jax", backend = "jax", label = "\"jax\"", sprite = "token_chip_yellow" }),
    token(7, 14, { name = "backend tensorflow", backend = "tensorflow", label = "\"tensorflow\"", sprite = "token_chip_red" }),
    token(10, 13, { name = "backend torch", backend = "torch", label = "\"torch\"", sprite = "token_chip_green" }),
    { type = "terminal", x = 10, y = 10, name = "restart terminal" },
    { type = "arch", x = 13, y = 8, name = "import keras" },
    { type = "arch", x = 13, y = 9, name = "import keras arch" },
    { type = "skill", x = 15, y = 12, name = "keras orb", skill = "keras" },
    { type = "terminal", x = 15, y = 4, name = "keras terminal", quiz = "ai_keras_1" },
    { type = "door", x = 17, y = 3, name = "JAX platform", backend = "jax" },
    { type = "door", x = 17, y = 9, name = "TensorFlow platform", backend = "tensorflow" },
    { type = "door", x = 17, y = 15, name = "PyTorch platform", backend = "torch" },
    { type = "sign", x = 19, y = 1, name = "jax sign", speaker = "JAX platform",
      text = "JAX: NumPy-style arrays with grad (derivatives), jit (XLA compilation) and vmap "
        .. "(batching), on CPU, GPU and TPU. Keras 3 runs on it too." },
    { type = "skill", x = 27, y = 3, name = "jax orb", skill = "jax" },
    { type = "terminal", x = 33, y = 3, name = "jax terminal", quiz = "ai_jax_2" },
    { type = "sign", x = 19, y = 7, name = "litert kiosk", speaker = "LiteRT kiosk",
      text = "LiteRT, formerly TensorFlow Lite, runs models on phones and small devices. Since "
        .. "TensorFlow 2.16, tf.keras is Keras 3; TensorFlow Serving serves SavedModels." },
    { type = "skill", x = 27, y = 9, name = "tensorflow orb", skill = "tensorflow" },
    { type = "terminal", x = 33, y = 9, name = "tensorflow terminal", quiz = "ai_tensorflow_3" },
    { type = "skill", x = 19, y = 13, name = "scikit-learn orb", skill = "scikit_learn" },
    { type = "terminal", x = 19, y = 16, name = "sklearn terminal", quiz = "ai_scikit_learn_3" },
    { type = "pad", x = 22, y = 16, name = "scikit-learn desk", key = "sklearn", label = "scikit-learn" },
    { type = "pad", x = 28, y = 16, name = "PyTorch desk", key = "pytorch", label = "PyTorch" },
    { type = "pad", x = 33, y = 16, name = "Keras desk", key = "keras", label = "Keras" },
    { type = "pad", x = 38, y = 16, name = "LiteRT desk", key = "litert", label = "LiteRT" },
    token(24, 13, { name = "card churn", card = "churn", label = "churn from 30 columns", sprite = "token_card_blue" }),
    token(27, 14, { name = "card research", card = "research", label = "new research model, own loop", sprite = "token_card_blue" }),
    token(30, 13, { name = "card prototype", card = "prototype", label = "image prototype with fit()", sprite = "token_card_blue" }),
    token(33, 14, { name = "card phone", card = "phone", label = "offline tagger on Android", sprite = "token_card_blue" }),
    token(36, 13, { name = "card fraud", card = "fraud", label = "fraud score, boosted trees", sprite = "token_card_blue" }),
    { type = "sign", x = 21, y = 13, name = "framework desks", speaker = "Framework desks",
      text = "Five problem cards, four desks: scikit-learn, PyTorch, Keras and LiteRT. Carry each "
        .. "card to the framework you would start with." },
    { type = "person", x = 37, y = 14, name = "Mei Lin", look = "mei", talk = "mei" },
    { type = "tall_prop", x = 37, y = 2, sprite = "ai_rack" },
    { type = "tall_prop", x = 37, y = 8, sprite = "ai_model_shelf" },
    { type = "prop", x = 9, y = 1, sprite = "ai_net_screen" },
  },

  behaviours = {
    person = {
      sprite = "mentor", frames = 2, rate = 30, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self) foundry().person(self) end,
      on_interact = function(self)
        foundry().face(self)
        if self.name == "Rafael" and foundry().refresh(PREREQS) then return sq.goal(self.name) end
        sq.dialogue(self.props.talk)
        if self.props.ask and state.imported then sq.ask(self.props.ask) end
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
    -- "import keras": walking through reads KERAS_BACKEND, once per process.
    arch = {
      sprite = "slot_lit", sensor = true, size = { 16, 16 }, offset = { 0, 0 },
      on_spawn = function(self)
        if self.name == "import keras" then sq.set_label(self.id, "import keras", true) end
      end,
      on_touch = function(self, other)
        if other.id ~= sq.player().id or state.imported then return end
        local chosen = foundry().read({ b = pads.backend }, "backend").b
        state.imported = chosen or "tensorflow"
        open_doors()
        show()
        sq.sound("portal")
        sq.say("Keras", "import keras: using the " .. state.imported .. " backend"
          .. (chosen and "." or " (KERAS_BACKEND was not set: TensorFlow is the default)."))
      end,
    },
    door = {
      sprite = "door_locked", solid = true,
      on_spawn = function(self)
        doors[self.props.backend] = self.id
        sq.set_label(self.id, self.props.backend, true)
      end,
      on_interact = function(self)
        sq.say("Platform", "This platform runs Keras on " .. self.props.backend .. ". It opens "
          .. "for a process whose backend is " .. self.props.backend .. ": set KERAS_BACKEND, then import.")
      end,
    },
  },

  dialogue = {
    rafael = {
      { "Rafael, framework engineer", "Rafael. Backends are railway lines to me: Keras 3 is the "
        .. "train, and JAX, TensorFlow or PyTorch is the track it runs on. Same model code, three engines." },
      "Keras reads KERAS_BACKEND once, when it is imported; unset, it is TensorFlow. Changing "
        .. "the variable later does nothing.",
      "keras.config.set_backend() can reload Keras in a running process, but every layer and "
        .. "tensor made before it breaks. In practice: set the variable, then start the process.",
      "So: put a backend token on the KERAS_BACKEND pad, then walk through the import arch. Only "
        .. "that backend's platform opens. To switch, restart the process: the terminal by the arch.",
      "Ride all three. The JAX and TensorFlow platforms have their orbs; the PyTorch one has our "
        .. "framework desks, where every problem card goes to the tool that fits it.",
    },
    mei = {
      { "Mei Lin, research engineer", "The platform team runs PyTorch, so Keras on the torch "
        .. "backend fits right in. Now the cards: not everything needs deep learning." },
    },
  },

  exercises = {
    ai_keras_1 = { kind = "code", skill = "keras", language = "python",
      prompt = "This prints tensorflow, not jax. Which line is in the wrong place?",
      code = [[
import keras
import os

os.environ["KERAS_BACKEND"] = "jax"
model = keras.Sequential([
    keras.Input(shape=(20,)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
print(keras.config.backend())
]],
      answer = 4,
      why = {
        [4] = "Keras reads KERAS_BACKEND when it is imported; setting it after line 1 is "
          .. "too late. Set it before import keras.",
        [1] = "Importing keras is right, but it already picked the default backend here.",
        [10] = "keras.config.backend() reports the backend correctly.",
      },
      explain = "Choose the backend before the first import, with the environment variable or "
        .. "in ~/.keras/keras.json. Without either, Keras 3 uses TensorFlow." },

    ai_keras_2 = { kind = "fill", skill = "keras", language = "python",
      prompt = "Save the trained Keras 3 model so it can be loaded again with "
        .. "keras.saving.load_model.",
      code = "model.save(\"churn.{1}\")",
      blanks = {
        { options = { "keras", "pb", "json" }, answer = 1,
          why = { "The .keras file holds architecture, weights and optimizer state.",
                  "Keras 3 save() does not write TensorFlow SavedModels; use model.export().",
                  "save() rejects .json; model.to_json() would keep only the architecture." } },
      },
      explain = "In Keras 3, model.save takes a .keras path. For serving, model.export() writes "
        .. "a SavedModel, or ONNX with format=\"onnx\"." },

    ai_keras_3 = { kind = "choice", skill = "keras", scenario = true,
      prompt = "Your platform team runs PyTorch everywhere; the data team loves Keras's "
        .. "fit(). What would you choose for a new model?",
      choices = {
        { "Keras 3 with the torch backend", right = true,
          why = "Keras layers and fit() run on PyTorch, so it fits the platform's tooling." },
        { "tf.keras, so the data team is happy",
          why = "Brings TensorFlow into a PyTorch shop with no need." },
        { "Force the data team to write raw training loops",
          why = "Possible, but it throws away a tool they are productive with." },
      },
      explain = "Keras 3 separates the API from the engine: JAX, TensorFlow or PyTorch. The "
        .. "same model code can follow the platform." },

    ai_keras_4 = { kind = "order", skill = "keras",
      prompt = "Put a small Keras 3 project in order.",
      items = {
        "Set KERAS_BACKEND",
        "import keras",
        "Build the model from keras.Input and layers",
        "model.compile(optimizer, loss, metrics)",
        "model.fit(...) with validation data",
        "model.save(\"model.keras\")",
      },
      explain = "Backend first, then import; compile fixes the optimizer and loss before fit "
        .. "trains. Save in the native .keras format." },

    ai_tensorflow_1 = { kind = "choice", skill = "tensorflow", scenario = true,
      prompt = "An Android app must tag photos offline with a small model trained in Keras. "
        .. "Which runtime would you ship in the app?",
      choices = {
        { "LiteRT, formerly TensorFlow Lite", right = true,
          why = "Google's on-device runtime: small, fast and able to use the phone's GPU or NPU." },
        { "TensorFlow Serving",
          why = "A model server for the backend; it does not run on a phone." },
        { "The full TensorFlow Python package",
          why = "Far too large, and Android apps do not run Python." },
        { "A REST call to your GPU server for each photo",
          why = "Breaks the offline requirement and adds server cost." },
      },
      explain = "TensorFlow Lite was renamed LiteRT in 2024. Keras 3 can export to it with "
        .. "model.export(path, format=\"litert\")." },

    ai_tensorflow_2 = { kind = "sort", skill = "tensorflow",
      prompt = "Which TensorFlow-family tool fits each job?",
      bins = { "TF Serving", "LiteRT", "tf.data" },
      items = {
        { "gRPC and REST model server on Kubernetes", bin = 1, why = "TensorFlow Serving serves SavedModels to other services." },
        { "Model inside an Android app", bin = 2, why = "On-device inference is LiteRT's job." },
        { "Stream and shuffle 2 TB of images", bin = 3, why = "tf.data builds input pipelines that read lazily." },
        { "Keyword spotting on a microcontroller", bin = 2, why = "LiteRT has a runtime for microcontrollers." },
        { "Several model versions behind one API", bin = 1, why = "Serving loads and switches versions of a model." },
        { "Prefetch batches while the GPU trains", bin = 3, why = "dataset.prefetch overlaps input work with training." },
      },
      explain = "TensorFlow's strength is its production family: tf.data for input, TF Serving "
        .. "for servers and LiteRT for devices." },

    ai_tensorflow_3 = { kind = "fill", skill = "tensorflow", language = "python",
      prompt = "Migrate a Python script that ran a .tflite model with tf.lite.Interpreter to "
        .. "the current runtime package.",
      code = "from {1}.interpreter import Interpreter\n\n"
        .. "interp = Interpreter(model_path=\"tagger.tflite\")\n"
        .. "interp.allocate_tensors()",
      blanks = {
        { options = { "ai_edge_litert", "keras", "tensorflow_serving" }, answer = 1,
          why = { "The LiteRT package, pip install ai-edge-litert, keeps the Interpreter API.",
                  "Keras has no interpreter module for .tflite files.",
                  "TF Serving is a model server, not an interpreter for .tflite files." } },
      },
      explain = "TensorFlow 2.19 deprecated tf.lite.Interpreter in favour of LiteRT's "
        .. "ai_edge_litert.interpreter. The .tflite format itself is unchanged." },

    ai_tensorflow_4 = { kind = "choice", skill = "tensorflow",
      prompt = "What does TensorFlow Serving need from you to serve a Keras model?",
      choices = {
        { "A SavedModel directory, for example from model.export()", right = true,
          why = "TF Serving loads versioned SavedModel folders." },
        { "The .keras file from model.save()",
          why = "That is Keras's own format; TF Serving reads SavedModels." },
        { "The Python source code of the model",
          why = "A SavedModel is standalone; no Python code is needed." },
      },
      explain = "Export once, serve anywhere: model.export(\"serving/1\") writes a SavedModel "
        .. "that TF Serving can load as version 1." },

    ai_jax_1 = { kind = "choice", skill = "jax",
      prompt = "What does wrapping a function in jax.jit do?",
      choices = {
        { "Compiles it with XLA for fast repeated calls", right = true,
          why = "The first call traces and compiles; later calls with the same shapes reuse it." },
        { "Computes its gradient",
          why = "That is jax.grad." },
        { "Runs it on one example at a time",
          why = "jax.vmap does the opposite: it batches a per-example function." },
      },
      explain = "JAX transforms functions: grad differentiates, jit compiles, vmap batches. "
        .. "They compose, as in jax.jit(jax.grad(loss))." },

    ai_jax_2 = { kind = "fill", skill = "jax", language = "python",
      prompt = "Get the gradient function of loss, then compile it.",
      code = "grad_fn = jax.{1}(loss)\nfast_grad = jax.{2}(grad_fn)",
      blanks = {
        { options = { "grad", "jit", "vmap" }, answer = 1,
          why = { "grad(loss) returns a function giving the gradient of loss in its first argument.",
                  "jit compiles but does not differentiate.",
                  "vmap vectorises over a batch axis." } },
        { options = { "jit", "grad", "pmap" }, answer = 1,
          why = { "jit compiles the gradient function with XLA.",
                  "A second grad would give the second derivative.",
                  "pmap spreads work over several devices; the task was compiling." } },
      },
      explain = "JAX code is plain functions transformed by other functions. "
        .. "jax.value_and_grad returns the loss and gradient together." },

    ai_jax_3 = { kind = "sort", skill = "jax",
      prompt = "Which JAX transformation fits each need?",
      bins = { "grad", "jit", "vmap" },
      items = {
        { "Derivative of a loss function", bin = 1, why = "Automatic differentiation." },
        { "Compile a function with XLA", bin = 2, why = "Just-in-time compilation." },
        { "Run f(x), written for one row, on a batch", bin = 3, why = "vmap maps over a new batch axis." },
        { "Speed up a step called 10,000 times", bin = 2, why = "Compile once, run fast many times." },
        { "Gradient descent on model parameters", bin = 1, why = "Needs the gradient of the loss." },
      },
      explain = "Most JAX training steps use all three: vmap for batching, grad for "
        .. "gradients, jit around the whole step." },

    ai_jax_4 = { kind = "choice", skill = "jax", scenario = true,
      prompt = "A research team trains large models on Cloud TPUs and likes functional, "
        .. "NumPy-style code. Which framework would you recommend?",
      choices = {
        { "JAX, or Keras 3 on the JAX backend", right = true,
          why = "JAX compiles with XLA, TPUs' native compiler, and is built around pure functions." },
        { "scikit-learn",
          why = "Classical ML on CPUs; it does not train large neural networks on TPUs." },
        { "LiteRT",
          why = "An on-device inference runtime, not a training framework." },
      },
      explain = "JAX is strongest on accelerators through XLA. Keras 3 lets a team keep a "
        .. "high-level API while using JAX underneath." },

    ai_scikit_learn_1 = { kind = "sort", skill = "scikit_learn",
      prompt = "Which framework would you start with?",
      bins = { "scikit-learn", "PyTorch", "Keras" },
      items = {
        { "Churn from 30 columns, 40,000 rows", bin = 1, why = "Tabular data: boosted trees or linear models." },
        { "New research architecture, custom loop", bin = 2, why = "PyTorch gives full control of every step." },
        { "Quick image-classifier prototype with fit()", bin = 3, why = "Keras's high-level API gets there fastest." },
        { "Fraud score with gradient boosting", bin = 1, why = "HistGradientBoostingClassifier is built in." },
        { "Fine-tune a Hugging Face text model", bin = 2, why = "Transformers v5 is PyTorch-only." },
      },
      explain = "scikit-learn for classical ML on tables, PyTorch for control and the "
        .. "research ecosystem, Keras for a fast high-level path." },

    ai_scikit_learn_2 = { kind = "choice", skill = "scikit_learn",
      prompt = "You need churn probabilities to set a threshold, and the model is LinearSVC. "
        .. "What happens with model.predict_proba(X)?",
      choices = {
        { "AttributeError: LinearSVC has no predict_proba", right = true,
          why = "It gives decision scores, not probabilities." },
        { "It returns calibrated probabilities",
          why = "Only estimators that model probabilities offer predict_proba." },
        { "It returns 0 or 1 for each row",
          why = "That would be predict; predict_proba does not exist here." },
      },
      explain = "Use LogisticRegression, or wrap the SVM in CalibratedClassifierCV, when you "
        .. "need probabilities. Not every estimator has every method." },

    ai_scikit_learn_3 = { kind = "code", skill = "scikit_learn", language = "python",
      prompt = "Churn is label 1. The alert list is full of loyal customers. Which line is "
        .. "the bug?",
      code = [[
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

pipe = make_pipeline(StandardScaler(),
                     LogisticRegression(max_iter=1000))
pipe.fit(X_train, y_train)
proba = pipe.predict_proba(X_new)[:, 0]
alerts = X_new[proba > 0.8]
]],
      answer = 8,
      why = {
        [8] = "Column 0 is the probability of class 0, staying. Churn, class 1, is "
          .. "column 1: [:, 1].",
        [9] = "The threshold is fine once it is applied to the right column.",
        [7] = "Fitting the pipeline on training data is correct.",
      },
      explain = "predict_proba columns follow model.classes_, sorted: here [0, 1]. Look the "
        .. "column up instead of guessing." },

    ai_scikit_learn_4 = { kind = "choice", skill = "scikit_learn", scenario = true,
      prompt = "5,000 rows of customer data, and the business wants to know why each "
        .. "prediction was made. A colleague proposes a 6-layer PyTorch net. Your call?",
      choices = {
        { "Start with a scikit-learn model; beat it before going deep", right = true,
          why = "Fast to train, easy to explain, and a baseline any network must beat." },
        { "Go with the deep network; it is more modern",
          why = "Little data, hard to explain, and probably no more accurate." },
        { "Skip the model and use the mean churn rate",
          why = "A fine baseline, but it explains nothing per customer." },
      },
      explain = "Framework choice follows the data and the need. Small tables and a need "
        .. "for explanations point to scikit-learn." },
  },

  hints = {
    "Rafael stands by the KERAS_BACKEND pad. Backend tokens lie at the bottom of the station.",
    "Token on the pad, then walk east through the arch: that imports Keras. The restart terminal "
      .. "by the arch clears the import, so you can pick another backend.",
    "Each card to its desk: tables go to scikit-learn, a custom loop to PyTorch, a quick fit() "
      .. "prototype to Keras, an offline phone model to LiteRT.",
  },

  goals = {
    { talk = "Rafael", text = "Talk to Rafael", hint = "Rafael is just above where you start." },
    { collect = "keras", text = "Import Keras, hold Keras",
      hint = "Backend token, the arch, then the Keras orb and terminal: {where:keras terminal}." },
    { collect = "jax", text = "Ride to JAX, hold JAX",
      hint = "Restart, put \"jax\" on the pad, import, then the JAX platform (north)." },
    { collect = "tensorflow", text = "Ride to TensorFlow, hold TensorFlow",
      hint = "Restart, \"tensorflow\" (or no token at all), import, then the middle platform." },
    { collect = "scikit_learn", text = "On the PyTorch platform, hold scikit-learn",
      hint = "Restart, \"torch\", import, then the south platform: {where:sklearn terminal}." },
    { reach = "framework desks", text = "Every card on the desk that fits it",
      hint = "Carry each card to a desk; a wrong desk says why it does not fit." },
    { answer = "ai_keras_3", text = "Answer Rafael's question",
      hint = "Once Keras is imported, talk to Rafael: {where:Rafael}." },
  },

  grants = { xp = 90 },

  on_start = function()
    open_doors()
    show()
  end,

  on_update = function(dt)
    if sq.time() < state.next_look then return end
    state.next_look = sq.time() + 0.25
    local room = sq.player().x < 13 and "station" or "yard"
    if room ~= state.room then
      state.room = room
      show()
    end
  end,

  on_interact = function(e)
    if e.name == "restart terminal" then
      state.imported = nil
      open_doors()
      show()
      sq.say("Restart terminal", "Process restarted: Keras is not imported. Set KERAS_BACKEND "
        .. "and walk through the arch again.")
    end
  end,

  on_place = function(slot, tok)
    local t = foundry().tokens[tok.id]
    if not t then return false, "That does not go there." end
    if slot.props.key == "backend" then
      if not t.backend then return false, "KERAS_BACKEND takes a backend name." end
      if state.imported then
        return false, "Keras is already imported with " .. state.imported .. ": it read "
          .. "KERAS_BACKEND at import. Restart the process first."
      end
      sq.set_label(slot.id, "KERAS_BACKEND\n" .. t.label, true)
      sq.after(0, show)
      return true
    end
    if not t.card then return false, "The desks take problem cards." end
    local want = DESK_OF[t.card]
    if want ~= slot.props.key then return false, DESK_WHY[want] end
    state.desks[t.card] = true
    sq.set_label(slot.id, slot.props.label .. "\n" .. t.card, true)
    local n = 0
    for _ in pairs(state.desks) do n = n + 1 end
    if n >= 4 then sq.goal("framework desks") end
    return true
  end,

  on_take = function(slot, tok)
    local t = foundry().tokens[tok.id]
    if slot.props.key == "backend" then
      sq.set_label(slot.id, "KERAS_BACKEND", true)
      sq.after(0, show)
    elseif t and t.card then
      state.desks[t.card] = nil
      sq.set_label(slot.id, slot.props.label, true)
    end
  end,

  on_answer = function(id, correct)
    if correct then sq.xp(10) end
    if foundry().is_warmup(id) then
      sq.after(0.1, function() foundry().refresh(PREREQS) end)
    end
  end,
}
