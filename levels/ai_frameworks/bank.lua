-- levels/ai_frameworks/bank.lua: review-only items of the AI and ML
-- Frameworks quest (the levels hold the rest), neural-network items that
-- review the Data Science quest's skill, and the warm-ups a mentor asks a
-- newcomer who starts a level without what came before (lib/foundry.lua).
-- Code is written for PyTorch 2.x, Keras 3, TensorFlow 2.16+, Transformers
-- v5, ONNX Runtime 1.2x and scikit-learn 1.8 (FACTS.md).
return {
  format = 1,
  quest = "ai_frameworks",
  exercises = {
    -- Warm-ups: asked by a level's mentor only when a newcomer lacks the skill.
    ai_warm_python = { kind = "choice", skill = "python",
      prompt = "In Python, what does [x * 2 for x in [1, 2, 3]] give?",
      choices = {
        { "[2, 4, 6]", right = true, why = "A list comprehension applies x * 2 to each item." },
        { "[1, 2, 3, 1, 2, 3]", why = "That is the list times 2, not each item times 2." },
        { "12", why = "That would be the sum of the doubled items." },
      },
      explain = "A list comprehension builds a new list from each item of another." },
    ai_warm_deep = { kind = "choice", skill = "deep_learning",
      prompt = "Which job suits deep learning best?",
      choices = {
        { "Recognising damaged parcels in photos", right = true,
          why = "Images are where many-layered networks shine." },
        { "Adding up an invoice's lines", why = "Exact arithmetic needs no learning at all." },
        { "Sorting users by sign-up date", why = "A sort is a rule you can write down." },
      },
      explain = "Deep learning learns features from raw images, sound and text; known rules need code." },
    ai_warm_pytorch = { kind = "choice", skill = "pytorch",
      prompt = "In a PyTorch training step, what does loss.backward() do?",
      choices = {
        { "Computes the gradient of the loss for every parameter", right = true,
          why = "Autograd walks back through the operations that made the loss." },
        { "Updates the weights", why = "optimizer.step() does that, using the gradients." },
        { "Runs the model on the batch", why = "That is the forward pass, model(x)." },
      },
      explain = "backward fills each parameter's .grad; step then moves the weights." },

    ai_neural_networks_1 = { kind = "choice", skill = "neural_networks",
      prompt = "Why does a network need a non-linear activation, such as ReLU, between its "
        .. "Linear layers?",
      choices = {
        { "Without it, stacked linear layers collapse into one linear function", right = true,
          why = "A linear map of a linear map is linear: depth would add nothing." },
        { "It makes training faster on a GPU",
          why = "Speed is not the point; expressive power is." },
        { "It turns the outputs into probabilities",
          why = "That is softmax or sigmoid at the output, not the hidden activations." },
        { "PyTorch refuses to stack Linear layers without one",
          why = "PyTorch allows it; the model just stays linear." },
      },
      explain = "Non-linear activations between layers let a network bend its decision "
        .. "boundaries. ReLU, max(0, x), is the usual default." },

    ai_neural_networks_2 = { kind = "fill", skill = "neural_networks", language = "python",
      prompt = "A classifier for 28x28 images flattened to 784 values, with one hidden layer "
        .. "of 128 units and 10 classes. Fill the gaps.",
      code = [[
model = nn.Sequential(
    nn.Linear(784, 128),
    nn.{1}(),
    nn.Linear({2}, 10),
)]],
      blanks = {
        { options = { "ReLU", "Softmax", "Flatten" }, answer = 1,
          why = { "The non-linear activation between the two layers.",
                  "Softmax belongs at the output, and CrossEntropyLoss already applies it.",
                  "Flatten reshapes inputs; it is not an activation." } },
        { options = { "128", "784", "10" }, answer = 1,
          why = { "Each layer's inputs equal the previous layer's outputs: 128.",
                  "784 is the input size of the first layer only.",
                  "10 is this layer's output size, the number of classes." } },
      },
      explain = "Layer sizes chain: Linear(784, 128) outputs 128 values, so the next layer "
        .. "takes 128. The final 10 outputs are logits, one per class." },

    ai_neural_networks_3 = { kind = "sort", skill = "neural_networks",
      prompt = "Which values does training learn, and which do you choose before training?",
      bins = { "Learned", "You choose" },
      items = {
        { "The weights of each layer", bin = 1, why = "Gradient descent updates them every step." },
        { "The biases", bin = 1, why = "Learned alongside the weights." },
        { "Learning rate", bin = 2, why = "A hyperparameter: how big each update step is." },
        { "Number of layers", bin = 2, why = "Part of the architecture you design." },
        { "Batch size", bin = 2, why = "How many examples each step sees: set by you." },
        { "Embedding vectors for words", bin = 1, why = "An embedding table is a layer of weights." },
      },
      explain = "Parameters are learned from data; hyperparameters are chosen by you and "
        .. "tuned on the validation set." },

    ai_neural_networks_4 = { kind = "choice", skill = "neural_networks",
      prompt = "Training crashes: mat1 and mat2 shapes cannot be multiplied (32x1000 and "
        .. "784x128). What is wrong?",
      choices = {
        { "Inputs have 1000 features; the first Linear layer expects 784", right = true,
          why = "A batch of 32 rows of 1000 values meets nn.Linear(784, 128)." },
        { "The batch size must be 784",
          why = "32 is the batch size and can be anything; the feature count must match." },
        { "The model has too many layers",
          why = "The error is about one layer's input width, not depth." },
        { "The GPU ran out of memory",
          why = "That raises a CUDA out-of-memory error, not a shape error." },
      },
      explain = "Read shape errors as (batch x features) against (in x out). Fix the data "
        .. "or set in_features to match it." },

    ai_pytorch_6 = { kind = "choice", skill = "pytorch",
      prompt = "Which statement about PyTorch and NumPy arrays is true?",
      choices = {
        { "torch.from_numpy(a) shares memory with the array a", right = true,
          why = "Changing one changes the other; no copy is made." },
        { "Tensors and arrays can never share memory",
          why = "from_numpy and tensor.numpy() on CPU share memory." },
        { "A CUDA tensor converts with .numpy() directly",
          why = "Move it first: tensor.cpu().numpy()." },
      },
      explain = "Tensors look like NumPy arrays plus gradients and GPUs. Mind shared memory "
        .. "when converting, and call .cpu() first for GPU tensors." },

    ai_keras_5 = { kind = "choice", skill = "keras",
      prompt = "With TensorFlow 2.16 or later installed, what is tf.keras?",
      choices = {
        { "Keras 3; Keras 2 lives on as the tf_keras package", right = true,
          why = "TensorFlow 2.16 made Keras 3 the default. TF_USE_LEGACY_KERAS=1 selects tf_keras." },
        { "Still Keras 2, as it always was",
          why = "That was true up to TensorFlow 2.15." },
        { "Removed: Keras is no longer reachable from TensorFlow",
          why = "tf.keras still works; it points to Keras 3." },
      },
      explain = "Old tf.keras code may need changes under Keras 3, for example saving with "
        .. "model.export() instead of SavedModel from save()." },

    ai_onnx_5 = { kind = "choice", skill = "onnx",
      prompt = "A scikit-learn Pipeline must run in a Node.js service. Which route works "
        .. "without Python?",
      choices = {
        { "Convert it with skl2onnx, run it with onnxruntime-node", right = true,
          why = "skl2onnx converts many scikit-learn models and preprocessors to ONNX." },
        { "Load the joblib file from JavaScript",
          why = "joblib files are Python pickles; JavaScript cannot load them." },
        { "Export it with torch.onnx.export",
          why = "That exports PyTorch modules, not scikit-learn pipelines." },
      },
      explain = "Check the converted model on real inputs too: not every scikit-learn "
        .. "estimator or option has an ONNX converter." },
  },
}
