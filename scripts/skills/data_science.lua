-- scripts/skills/data_science.lua: the skills of Data Science and Machine Learning.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "linear_algebra", name = "Linear algebra", field = "data_science", side = "developer",
  requires = {},
  card = "Linear algebra is the maths of vectors and matrices. Machine learning models are largely matrix operations, and quantum states and gates are written as vectors and matrices too.",
}

skill{
  id = "statistics", name = "Statistics basics", field = "data_science", side = "developer",
  requires = {},
  card = "Statistics describes data and its uncertainty with ideas like mean, median, spread and correlation. It keeps you from reading noise as a trend, and percentiles such as p99 are a common way to report backend latency.",
}

skill{
  id = "jupyter", name = "Jupyter notebooks", field = "data_science", side = "developer",
  requires = { "python" },
  card = "Jupyter notebooks mix code, output, charts and notes in one document that runs in the browser. They are great for exploring data, but code headed for production usually moves into tested modules.",
}

skill{
  id = "numpy", name = "NumPy", field = "data_science", side = "developer",
  requires = { "python" },
  card = "NumPy gives Python fast n-dimensional arrays and vectorised maths implemented in C. Much of the Python data stack, including pandas and scikit-learn, is built on it.",
}

skill{
  id = "pandas", name = "pandas", field = "data_science", side = "developer",
  requires = { "numpy" },
  card = "pandas adds DataFrames to Python: labelled tables you filter, join, group and reshape, read from CSV, Excel, JSON or SQL. pandas 3.0 (January 2026) made Copy-on-Write and a real string dtype the defaults, so chained assignment such as df[\"a\"][mask] = 0 no longer changes df.",
}

skill{
  id = "matplotlib", name = "Matplotlib", field = "data_science", side = "developer",
  requires = { "numpy" },
  card = "Matplotlib is Python's foundational plotting library for line charts, histograms, scatter plots and more. A quick chart often reveals a trend or an outlier that a table of numbers hides.",
}

skill{
  id = "data_cleaning", name = "Data cleaning", field = "data_science", side = "developer",
  requires = { "pandas" },
  card = "Real data has missing values, duplicates, typos and mixed formats. Cleaning it, and recording how, often takes longer than modelling, and a model is only as good as the data it learns from.",
}

skill{
  id = "ml_basics", name = "Machine learning basics", field = "data_science", side = "developer",
  requires = { "statistics", "numpy" },
  card = "Machine learning builds models that learn patterns from examples instead of following hand-written rules. In supervised learning the examples come with answers (labels); in unsupervised learning the model looks for structure, such as clusters, by itself.",
}

skill{
  id = "scikit_learn", name = "scikit-learn", field = "data_science", side = "developer",
  requires = { "python" },
  optional = { "ml_basics", "numpy", "pandas" },
  card = "scikit-learn is Python's library for classic machine learning: regression, classification, clustering and preprocessing. Every estimator learns with fit; models add predict, transformers add transform (not every one has both), and a Pipeline chains them so training and production run the same steps.",
}

skill{
  id = "model_evaluation", name = "Model evaluation", field = "data_science", side = "developer",
  requires = { "scikit_learn" },
  card = "A model is judged on data it has never seen: a held-out test set or cross-validation. Compare it with a simple baseline, pick metrics such as precision and recall that match the cost of each mistake, and watch for leakage: information the model will not have in production.",
}

skill{
  id = "feature_engineering", name = "Feature engineering", field = "data_science", side = "developer",
  requires = { "pandas", "ml_basics" },
  card = "Feature engineering turns raw data into inputs a model can use: scaling numbers, encoding categories, extracting parts of dates. Good features often help a model more than a fancier algorithm.",
}

skill{
  id = "neural_networks", name = "Neural networks", field = "data_science", side = "developer",
  requires = { "ml_basics" },
  optional = { "linear_algebra" },
  card = "A neural network is layers of simple units that weight their inputs, add them up and apply a non-linear function. Training adjusts the weights by gradient descent, with backpropagation computing how each weight affected the error.",
}

skill{
  id = "data_pipelines", name = "Data pipelines", field = "data_science", side = "engineer",
  requires = { "data_cleaning" },
  optional = { "sql" },
  card = "A data pipeline moves data from its sources through cleaning and transformation to where it is used, on a schedule or as a stream. Pipelines must be repeatable and monitored, because silently wrong data can be worse than a crash.",
}

skill{
  id = "data_quality", name = "Data quality checks", field = "data_science", side = "engineer",
  requires = { "data_pipelines", "model_evaluation" },
  card = "Data quality checks guard a pipeline between its steps: schema, row counts, freshness, null rates, value ranges and drift. A failed check should stop the run and keep the last good output, because a model fed silently broken data publishes wrong answers with confidence.",
}

return skills
