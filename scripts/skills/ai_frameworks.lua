-- scripts/skills/ai_frameworks.lua: the skills of AI and Machine Learning Frameworks.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "deep_learning", name = "Deep learning", field = "ai_frameworks", side = "developer",
  requires = { "python" },
  optional = { "neural_networks" },
  card = "Deep learning uses neural networks with many layers, trained on large data sets. It drives modern image, speech and language models, and in practice it is done with frameworks such as PyTorch, TensorFlow or JAX.",
}

skill{
  id = "pytorch", name = "PyTorch", field = "ai_frameworks", side = "developer",
  requires = { "python", "deep_learning" },
  optional = { "numpy" },
  card = "PyTorch is an open-source deep learning framework, created at Meta and hosted since 2022 by the PyTorch Foundation. Models are ordinary Python code on tensors with automatic differentiation, and you write the training loop yourself: forward, loss, backward, step.",
}

skill{
  id = "tensorflow", name = "TensorFlow", field = "ai_frameworks", side = "developer",
  requires = { "python", "deep_learning" },
  optional = { "numpy" },
  card = "TensorFlow is Google's open-source machine learning platform; since version 2.16 its tf.keras is Keras 3. Around it sit production tools: TensorFlow Serving for model servers, tf.data for input pipelines and LiteRT, formerly TensorFlow Lite, for phones and small devices.",
}

skill{
  id = "jax", name = "JAX", field = "ai_frameworks", side = "developer",
  requires = { "deep_learning" },
  optional = { "numpy" },
  card = "JAX is a Python library from Google for NumPy-style array code with automatic differentiation and XLA compilation for CPUs, GPUs and TPUs. It is popular in research and is one of the backends Keras 3 can use.",
}

skill{
  id = "keras", name = "Keras", field = "ai_frameworks", side = "developer",
  requires = { "deep_learning" },
  one_of = { "tensorflow", "pytorch", "jax" },
  card = "Keras is a high-level API for building and training neural networks layer by layer. Keras 3 can run on TensorFlow, JAX or PyTorch as its backend, so the same model code can move between them.",
}

skill{
  id = "gpu_acceleration", name = "GPU acceleration", field = "ai_frameworks", side = "developer",
  requires = { "deep_learning" },
  one_of = { "pytorch", "tensorflow", "jax" },
  card = "GPUs run thousands of arithmetic operations in parallel, which suits the matrix maths of neural networks and often makes training many times faster than on a CPU. GPU time is also expensive, so using it well matters.",
}

skill{
  id = "transfer_learning", name = "Transfer learning", field = "ai_frameworks", side = "developer",
  requires = { "deep_learning" },
  card = "Transfer learning starts from a model pretrained on a large data set and fine-tunes it on your smaller one. It needs far less data and computing power than training from scratch.",
}

skill{
  id = "hugging_face", name = "Hugging Face models", field = "ai_frameworks", side = "developer",
  requires = { "transfer_learning" },
  one_of = { "pytorch", "tensorflow", "jax" },
  card = "Hugging Face runs a hub of shared pretrained models and data sets, and its Transformers library loads many of them in a few lines of Python; since v5 it is PyTorch-only. Check a model's licence and model card, and prefer safetensors files, before using it in a product.",
}

skill{
  id = "model_serving", name = "Model serving", field = "ai_frameworks", side = "engineer",
  requires = {},
  one_of = { "pytorch", "tensorflow", "keras", "scikit_learn" },
  optional = { "rest_apis" },
  card = "Serving puts a trained model behind an API so other services can ask it for predictions. It brings backend concerns to machine learning: latency, batching requests, hardware cost, model versions and rolling back a bad one.",
}

skill{
  id = "onnx", name = "ONNX", field = "ai_frameworks", side = "developer",
  requires = {},
  one_of = { "pytorch", "tensorflow", "scikit_learn" },
  card = "ONNX (Open Neural Network Exchange) is an open file format for machine learning models. A model trained in PyTorch, Keras or scikit-learn can be exported to ONNX and run with ONNX Runtime, from Python, C#, Java or JavaScript, without the training framework installed.",
}

skill{
  id = "mlops", name = "MLOps", field = "ai_frameworks", side = "engineer",
  requires = { "model_serving" },
  optional = { "ci_cd" },
  card = "MLOps applies DevOps habits to machine learning: versioned data and models, reproducible training, automated checks and monitoring of live models. Accuracy can drift as real-world data changes, so a model needs watching like any other service.",
}

skill{
  id = "overfitting", name = "Fighting overfitting", field = "ai_frameworks", side = "developer",
  requires = { "deep_learning" },
  optional = { "model_evaluation" },
  card = "A model overfits when it memorises its training data: training loss keeps falling while validation loss rises. Watch both curves, stop early at the best validation epoch, and add data, augmentation, dropout or weight decay; keep the test set for one final check.",
}

return skills
