-- levels/data_science/03_model_bench.lua: the Data Science quest, level 3.
-- Machine learning basics, scikit-learn, feature engineering, model
-- evaluation and when to reach for a neural network, performed at the Model
-- Bench (a Pipeline: split, features, estimator, with its validation score
-- beside next month's live score) and in the Error Gallery (a threshold
-- moves twenty customers between the four cells of a confusion matrix).
-- Play order: Aiyana -> ML and scikit-learn orbs and terminals -> bench until
-- validation and live agree -> feature orb and terminal -> gallery: the
-- evaluation orb and terminal, a threshold for the call list -> Nadia's
-- neural-network question -> exit. Numbers: lib/works.lua (scenario data).

local function works() return sq.module("works") end

local W, H = 42, 21
local grid = {}
for y = 0, H - 1 do
  grid[y] = {}
  for x = 0, W - 1 do
    grid[y][x] = (x == 0 or y == 0 or x == W - 1 or y == H - 1) and "#" or "."
  end
end
local function put(x, y, c) grid[y][x] = c end
for y = 1, H - 2 do put(16, y, (y == 10 or y == 11) and "." or "#") end -- the gallery's wall
put(2, 0, "E")
put(39, 7, "@")
for _, p in ipairs({ { 40, 1 }, { 17, 1 }, { 40, 19 }, { 17, 19 }, { 15, 1 } }) do put(p[1], p[2], "P") end
local rows = {}
for y = 0, H - 1 do rows[#rows + 1] = table.concat(grid[y], "", 0, W - 1) end

local pads = {}
local customers = {}
local state = { threshold = 0.5, honest = false, room = "bench", next_look = 0 }

-- Where a customer stands: the top-left of each cell of the matrix, then a
-- grid of five by three inside it.
local CELL = { tp = { 3, 9 }, fp = { 10, 9 }, fn = { 3, 15 }, tn = { 10, 15 } }

local function bench()
  local W_ = works()
  local held = W_.read(pads, "pick")
  local r = W_.bench({ split = held.split, features = held.features, model = held.model })
  local c = W_.confusion(state.threshold)
  local count = { tp = 0, fp = 0, fn = 0, tn = 0 }
  for i, row in ipairs(W_.customers20) do
    local cell = W_.cell(row, state.threshold)
    local k = count[cell]
    count[cell] = k + 1
    sq.move(customers[i], CELL[cell][1] + (k % 5), CELL[cell][2] + (k // 5))
  end
  state.honest = r.val == 0.84 and r.live == 0.84
  if state.honest then sq.goal("honest model") end
  local call_list = c.precision >= 0.8 and c.recall >= 0.6
  if call_list and sq.has_skill("model_evaluation") then sq.goal("call list") end
  -- The bench's readout at the bench, the gallery's in the gallery.
  if state.room == "gallery" then
    sq.panel{ title = "Who gets a call?",
      string.format("threshold %.1f: %d called", state.threshold, c.flagged),
      string.format("TP %d FP %d FN %d TN %d", c.tp, c.fp, c.fn, c.tn),
      { string.format("precision %.2f", c.precision), value = c.precision, marker = 0.8,
        tone = c.precision >= 0.8 and "good" or nil },
      { string.format("recall %.2f", c.recall), value = c.recall, marker = 0.6,
        tone = c.recall >= 0.6 and "good" or nil },
      string.format("accuracy %.2f", c.accuracy) }
  else
    sq.panel{ title = "Churn model",
      { "validation " .. tostring(r.val), tone = r.tone },
      { "next month " .. tostring(r.live), tone = r.tone },
      r.note }
  end
end

local function token(x, y, slot, pick, label, colour)
  return { type = "op", x = x, y = y, name = label, slot = slot, pick = pick, label = label,
           sprite = "token_card_" .. colour }
end
local function pad(x, y, key, label)
  return { type = "pad", x = x, y = y, name = label, key = key, label = label }
end

local PREREQS = { "python", "numpy", "statistics", "pandas" }

return {
  format = 1,
  id = "data_science.model_bench",
  quest = "data_science",
  title = "A Model You Can Trust",
  music = "data_science_works",
  brief = "The clean orders now feed a churn model: which customers will cancel next month? "
    .. "Build an honest scikit-learn pipeline at the bench, then choose who retention should "
    .. "phone. Talk to Aiyana first; {hint} gives a hint.",
  requires = { "numpy", "statistics", "pandas" },

  map = { theme = "data", rows = rows },

  objects = {
    { type = "person", x = 37, y = 4, name = "Aiyana", look = "ines", talk = "aiyana" },
    { type = "person", x = 2, y = 4, name = "Nadia", look = "nadia", talk = "nadia", ask = "ds_neural_networks_1" },
    { type = "skill", x = 36, y = 9, name = "ml orb", skill = "ml_basics" },
    { type = "terminal", x = 39, y = 10, name = "ml terminal", quiz = "ds_ml_basics_4" },
    { type = "skill", x = 36, y = 15, name = "scikit-learn orb", skill = "scikit_learn" },
    { type = "terminal", x = 39, y = 16, name = "pipeline terminal", quiz = "ds_scikit_learn_1" },
    { type = "skill", x = 21, y = 19, name = "features orb", skill = "feature_engineering" },
    { type = "terminal", x = 35, y = 19, name = "features terminal", quiz = "ds_feature_engineering_3" },
    { type = "skill", x = 8, y = 19, name = "evaluation orb", skill = "model_evaluation" },
    { type = "terminal", x = 11, y = 19, name = "evaluation terminal", quiz = "ds_model_evaluation_4" },
    { type = "skill", x = 2, y = 7, name = "neural orb", skill = "neural_networks" },
    { type = "sign", x = 26, y = 1, name = "honest model", speaker = "Bench readout",
      text = "Validation is the score on held-out test rows; next month is what the model scores "
        .. "live. When they agree, the validation number can be trusted. They must both read 0.84." },
    { type = "sign", x = 9, y = 1, name = "call list", speaker = "Retention team",
      text = "We can phone a short list each week. Most people we call should really be leaving "
        .. "(precision 0.80 or more), and we must reach at least 60% of the leavers (recall 0.60)." },
    pad(19, 12, "split", "SPLIT"), pad(25, 12, "features", "FEATURES"), pad(31, 12, "model", "MODEL"),
    token(19, 16, "split", "split", "train_test_split(stratify=y)", "blue"),
    token(23, 15, "features", "leak", "+ refund_issued column", "green"),
    token(23, 17, "features", "dummies", "get_dummies on each split", "green"),
    token(26, 15, "features", "scale_all", "StandardScaler fit on all rows", "green"),
    token(26, 17, "features", "ok", "ColumnTransformer(OneHot ignore)", "green"),
    token(29, 15, "model", "hgb", "HistGradientBoostingClassifier()", "yellow"),
    token(29, 17, "model", "logreg", "LogisticRegression()", "yellow"),
    token(32, 15, "model", "kmeans", "KMeans(n_clusters=2)", "yellow"),
    token(32, 17, "model", "dbscan", "DBSCAN()", "yellow"),
    pad(6, 5, "threshold", "THRESHOLD"),
    token(10, 5, "threshold", 0.3, "threshold 0.3", "red"),
    token(12, 5, "threshold", 0.7, "threshold 0.7", "red"),
    token(14, 5, "threshold", 0.9, "threshold 0.9", "red"),
    { type = "cell", x = 5, y = 8, name = "TP cell", label = "TP: caught" },
    { type = "cell", x = 12, y = 8, name = "FP cell", label = "FP: false alarm" },
    { type = "cell", x = 5, y = 14, name = "FN cell", label = "FN: missed" },
    { type = "cell", x = 12, y = 14, name = "TN cell", label = "TN: left alone" },
    { type = "prop", x = 32, y = 1, sprite = "data_whiteboard" },
    { type = "prop", x = 33, y = 1, sprite = "data_whiteboard" },
    { type = "prop", x = 22, y = 1, sprite = "data_shelf" },
    { type = "prop", x = 18, y = 19, sprite = "data_pallet" },
  },

  behaviours = {
    person = {
      sprite = "mentor", frames = 2, rate = 30, solid = true, size = { 12, 10 }, offset = { -2, -6 },
      on_spawn = function(self) works().person(self) end,
      on_interact = function(self)
        works().face(self)
        sq.dialogue(self.props.talk)
        if self.props.ask and state.taught_nn then sq.ask(self.props.ask) end
        if self.name == "Aiyana" then works().refresh(PREREQS) end
        sq.goal(self.name)
      end,
    },
    op = {
      sprite = "token_card_blue", solid = true, size = { 12, 10 }, offset = { -2, -6 },
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
        sq.set_label(self.id, self.props.label .. "\nempty", true)
      end,
    },
    -- A cell of the confusion matrix: its name on the floor.
    cell = {
      sprite = "slot_lit", size = { 8, 8 }, offset = { -4, -8 },
      on_spawn = function(self) sq.set_label(self.id, self.props.label, true) end,
    },
    customer = { sprite = "token_chip_green", size = { 10, 8 }, offset = { -3, -8 } },
  },

  dialogue = {
    aiyana = {
      { "Aiyana, ML engineer", "Aiyana. The retention team wants a churn model: which customers "
        .. "cancel next month? My first draft scored 0.99. Nobody believes 0.99, me least." },
      "Machine learning learns a rule from examples. Here each customer is a row of features "
        .. "(tenure, spend, country) with a label: churned or stayed. That is supervised learning.",
      "In scikit-learn every estimator learns with fit; models add predict, transformers add "
        .. "transform. A Pipeline chains them, so the same steps run in training and in production.",
      "The bench has three pads: SPLIT, FEATURES, MODEL. Split first, so nothing ever sees the "
        .. "test rows. The panel shows the validation score beside what happens next month, live.",
      "When the two agree, the estimate is honest. The ML and scikit-learn orbs are south of me, "
        .. "each with its terminal; the features orb and terminal are by the south wall.",
    },
    nadia = {
      { "Nadia, data scientist", "A neural network is layers of weighted sums with a non-linear "
        .. "function between them, trained by gradient descent. PyTorch, TensorFlow and Keras build them." },
      "On tables like ours, boosted trees usually match or beat a network with far less tuning. "
        .. "Networks shine on images, sound and text. Take the orb beside me, then talk to me again.",
    },
  },

  exercises = {
    ds_ml_basics_1 = { kind = "sort", skill = "ml_basics",
      prompt = "Supervised or unsupervised learning?",
      bins = { "Supervised", "Unsupervised" },
      items = {
        { "Predict churn from customers who did churn", bin = 1, why = "Past outcomes are the labels." },
        { "Group customers when nobody has labels", bin = 2, why = "Clustering finds groups without answers to learn from." },
        { "Estimate delivery time from past deliveries", bin = 1, why = "Each past delivery has its real time: a label." },
        { "Spot unusual logins with no fraud examples", bin = 2,
          why = "Anomaly detection learns what normal looks like, without labels." },
        { "Route tickets using tickets already routed", bin = 1, why = "The team each ticket went to is the label." },
      },
      explain = "Supervised learning needs examples with the answer attached; unsupervised "
        .. "learning finds structure in data without answers." },

    ds_ml_basics_2 = { kind = "choice", skill = "ml_basics",
      prompt = "You want to predict how many days until a subscriber cancels. What kind of "
        .. "problem is it?",
      choices = {
        { "Regression: the target is a number", right = true,
          why = "A number of days is a continuous quantity to predict." },
        { "Classification: cancel or stay",
          why = "That is a different question, whether they cancel, not when." },
        { "Clustering: group similar subscribers",
          why = "Clustering has no target to predict." },
      },
      explain = "Classification predicts a category, regression a number. Asking when turns "
        .. "churn into regression (or survival analysis)." },

    ds_ml_basics_3 = { kind = "choice", skill = "ml_basics", scenario = true,
      prompt = "Product says: orders over 100 EUR get free shipping. A colleague wants to "
        .. "train a model to decide free shipping. Which would you choose?",
      choices = {
        { "An if statement: the rule is known and exact", right = true,
          why = "Hand-written rules are cheaper, exact and easy to test when the rule is known." },
        { "A classifier trained on past orders",
          why = "It would only learn the rule approximately, and make some mistakes." },
        { "A neural network, to be future-proof",
          why = "More cost and less certainty for a rule you can write in one line." },
      },
      explain = "Use machine learning for patterns you cannot write down, such as who is "
        .. "likely to churn. For known rules, plain code wins." },

    ds_ml_basics_4 = { kind = "fill", skill = "ml_basics", language = "python",
      prompt = "Split the churn table into the model's inputs and the answer it must learn.",
      code = "X = df[{1}]\ny = df[{2}]",
      blanks = {
        { options = { "[\"tenure\", \"spend\"]", "\"churned\"", "[\"customer_id\"]" }, answer = 1,
          why = { "Features: what we know about a customer before the outcome.",
                  "churned is the label; as an input it would give the answer away.",
                  "An ID is not a property of the customer; it only lets a model memorise rows." } },
        { options = { "\"churned\"", "[\"tenure\", \"spend\"]" }, answer = 1,
          why = { "The label, the column the model learns to predict.",
                  "Those are the inputs, not the target." } },
      },
      explain = "By convention X holds the features (a table) and y the label (one column). "
        .. "Anything in X must be known at prediction time." },

    ds_scikit_learn_1 = { kind = "code", skill = "scikit_learn", language = "python",
      prompt = "The test score looks a little too good. Which line lets the test rows "
        .. "influence training?",
      code = [[
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

X_all = StandardScaler().fit_transform(X)
X_tr, X_te, y_tr, y_te = train_test_split(
    X_all, y, test_size=0.2, random_state=0)
clf = LogisticRegression(max_iter=1000)
clf.fit(X_tr, y_tr)
print(clf.score(X_te, y_te))
]],
      answer = 5,
      why = {
        [5] = "The scaler learns means and spreads from all rows, test rows included, "
          .. "before the split.",
        [6] = "Splitting is right; it just happens too late.",
        [9] = "Fitting on the training rows is correct.",
      },
      explain = "Split first, then fit every step on training data only. A Pipeline does "
        .. "this for you: make_pipeline(StandardScaler(), LogisticRegression())." },

    ds_scikit_learn_2 = { kind = "fill", skill = "scikit_learn", language = "python",
      prompt = "Scale the numbers, one-hot encode the categories, and do not crash when "
        .. "live data brings a country the model never saw.",
      code = [[
pre = ColumnTransformer([
    ("num", StandardScaler(), ["tenure", "spend"]),
    ("cat", OneHotEncoder(handle_unknown={1}),
     ["plan", "country"]),
])
model = make_pipeline(pre, LogisticRegression())
model.{2}(X_train, y_train)]],
      blanks = {
        { options = { "\"ignore\"", "\"error\"" }, answer = 1,
          why = { "An unseen category becomes all zeros instead of an exception.",
                  "error is the default: a new country makes predict raise a ValueError." } },
        { options = { "fit", "fit_transform", "transform" }, answer = 1,
          why = { "fit runs every step on the training data, ending with the classifier.",
                  "A pipeline that ends in a classifier has no fit_transform.",
                  "transform needs a fitted pipeline, and a classifier does not transform." } },
      },
      explain = "ColumnTransformer sends each column to the right preprocessing; the Pipeline "
        .. "then reuses exactly those fitted steps at predict time." },

    ds_scikit_learn_3 = { kind = "choice", skill = "scikit_learn",
      prompt = "You cluster users with DBSCAN, then call db.predict(new_users) for today's "
        .. "sign-ups. What happens?",
      choices = {
        { "AttributeError: DBSCAN has no predict method", right = true,
          why = "DBSCAN only labels the data it was fitted on, through fit_predict or labels_." },
        { "Each new user gets its nearest cluster",
          why = "KMeans offers that through predict; DBSCAN does not." },
        { "DBSCAN refits on the new users",
          why = "predict never refits, and DBSCAN has no predict at all." },
      },
      explain = "Not every estimator predicts: clusterers like DBSCAN and transformers like "
        .. "StandardScaler have no predict. Check the API, or use KMeans or a classifier." },

    ds_scikit_learn_4 = { kind = "order", skill = "scikit_learn",
      prompt = "Put a scikit-learn workflow for the churn model in order.",
      items = {
        "Split off a test set with train_test_split",
        "Build a Pipeline: preprocessing, then a model",
        "Fit the Pipeline on the training rows",
        "Score it once on the test rows",
        "Save the fitted Pipeline for the scoring job",
      },
      explain = "The split comes first so no step ever sees test rows. Saving the whole "
        .. "Pipeline keeps preprocessing and model together." },

    ds_scikit_learn_5 = { kind = "choice", skill = "scikit_learn", scenario = true,
      prompt = "Churn data: 50,000 rows, 20 columns of numbers and categories, a CPU-only "
        .. "server. Which first model would you choose?",
      choices = {
        { "HistGradientBoostingClassifier in a scikit-learn Pipeline", right = true,
          why = "Gradient-boosted trees are strong on tabular data, train in seconds on a "
            .. "CPU and handle missing values." },
        { "A deep neural network in PyTorch on a rented GPU",
          why = "More cost and tuning; on small tabular data it rarely beats boosted trees." },
        { "Gradient descent written by hand in NumPy",
          why = "Reinvents, with more bugs, what scikit-learn already ships." },
        { "KMeans, then read the clusters as churn",
          why = "Clustering ignores the churn labels you already have." },
      },
      explain = "Start simple and strong: a Pipeline with boosted trees, or logistic "
        .. "regression as a baseline. Move to deep learning when the data calls for it." },

    ds_feature_engineering_1 = { kind = "sort", skill = "feature_engineering",
      prompt = "What should the churn Pipeline do with each column?",
      bins = { "Scale", "One-hot", "Drop" },
      items = {
        { "monthly_spend (EUR)", bin = 1, why = "A number; scaling helps linear models and distances." },
        { "tenure_months", bin = 1, why = "A number on its own scale." },
        { "plan: basic, pro or team", bin = 2, why = "A category: one 0/1 column per plan." },
        { "country code", bin = 2, why = "A category with no order between the values." },
        { "customer_id", bin = 3, why = "An identifier carries no signal; the model can only memorise it." },
        { "refund_issued (set when they cancel)", bin = 3,
          why = "Only known after churn: it leaks the answer." },
      },
      explain = "Numbers get scaled, categories encoded, and anything unknown at prediction "
        .. "time, or meaningless like an ID, is dropped." },

    ds_feature_engineering_2 = { kind = "choice", skill = "feature_engineering", scenario = true,
      prompt = "Your churn model scores 0.99 on the test set. Its top feature is "
        .. "refund_issued, which billing sets when a customer cancels. What would you do?",
      choices = {
        { "Remove the feature and retrain", right = true,
          why = "It only exists after the churn happens, so the model reads the answer." },
        { "Ship it: 0.99 is excellent",
          why = "In production the flag is always empty for customers who have not "
            .. "cancelled yet, so the score collapses." },
        { "Keep it but add more trees",
          why = "The problem is the data, not the model's size." },
      },
      explain = "This is target leakage: a feature that would not exist at prediction time. "
        .. "Too-good scores are a signal to check features, not a reason to celebrate." },

    ds_feature_engineering_3 = { kind = "fill", skill = "feature_engineering", language = "python",
      prompt = "signup is a datetime column. Add the signup month and the day of the week "
        .. "as features.",
      code = "df[\"signup_month\"] = df[\"signup\"].dt.{1}\n"
        .. "df[\"signup_dow\"] = df[\"signup\"].dt.{2}",
      blanks = {
        { options = { "month", "month()", "months" }, answer = 1,
          why = { "dt.month is an attribute giving 1 to 12.",
                  "month is an attribute, not a method: calling it raises a TypeError.",
                  "There is no dt.months attribute." } },
        { options = { "dayofweek", "day", "week_day" }, answer = 1,
          why = { "dt.dayofweek gives 0 for Monday up to 6 for Sunday.",
                  "dt.day is the day of the month, 1 to 31.",
                  "There is no dt.week_day attribute." } },
      },
      explain = "Raw timestamps mean little to a model; parts such as month and weekday "
        .. "carry the seasonal patterns. The .dt accessor extracts them." },

    ds_feature_engineering_4 = { kind = "code", skill = "feature_engineering", language = "python",
      prompt = "Test data has a country the training data never had, and predict fails. "
        .. "Which line builds columns that no longer match the training ones?",
      code = [==[
import pandas as pd

X_train = pd.get_dummies(train[["plan", "country"]])
X_test = pd.get_dummies(test[["plan", "country"]])
model.fit(X_train, train["churned"])
pred = model.predict(X_test)
]==],
      answer = 4,
      why = {
        [4] = "get_dummies on the test rows invents its own columns (country_BR) and "
          .. "misses others, so they no longer line up with training.",
        [6] = "predict fails here, but only because of the columns made on line 4.",
        [3] = "Encoding the training rows is fine on its own.",
      },
      explain = "Learn the encoding from training data and reuse it: a fitted "
        .. "OneHotEncoder(handle_unknown=\"ignore\") inside a Pipeline does exactly that." },
    ds_model_evaluation_1 = { kind = "choice", skill = "model_evaluation", scenario = true,
      prompt = "15% of customers churn. A model that always answers stays would be your "
        .. "baseline. What accuracy does it get, and what does that tell you?",
      choices = {
        { "85%, while finding no churner at all", right = true,
          why = "It is right for every customer who stays, and useless for the job." },
        { "50%, like a coin flip",
          why = "A constant answer is right as often as that class occurs: 85% here." },
        { "15%: it only gets churners right",
          why = "It never predicts churn, so it gets every churner wrong." },
        { "0%: accuracy needs both classes predicted",
          why = "Accuracy is just the share of right answers, whatever is predicted." },
      },
      explain = "On imbalanced data accuracy flatters. Always compare with a baseline such "
        .. "as DummyClassifier, and look at precision and recall for the rare class." },

    ds_model_evaluation_2 = { kind = "sort", skill = "model_evaluation",
      prompt = "The model flags customers likely to churn. Drop each case into its cell of "
        .. "the confusion matrix.",
      bins = { "True pos", "False pos", "False neg", "True neg" },
      items = {
        { "Flagged, and did churn", bin = 1, why = "Predicted churn, really churned." },
        { "Flagged, but stayed", bin = 2, why = "Predicted churn, but it was a false alarm." },
        { "Not flagged, but churned", bin = 3, why = "A churner the model missed." },
        { "Not flagged, and stayed", bin = 4, why = "Correctly left alone." },
        { "Retention call to a happy customer", bin = 2, why = "Wasted effort from a false alarm." },
        { "A churner nobody called", bin = 3, why = "The costly miss: a lost customer." },
      },
      explain = "Precision = TP / (TP + FP): how many flags were right. Recall = TP / (TP + FN): "
        .. "how many churners were caught." },

    ds_model_evaluation_3 = { kind = "choice", skill = "model_evaluation", scenario = true,
      prompt = "The retention team can call only 50 customers a week, and each call takes "
        .. "20 minutes. Which metric would you optimise the call list for?",
      choices = {
        { "Precision: most of the 50 called should really be at risk", right = true,
          why = "Calls are scarce, so false alarms waste the budget." },
        { "Recall: catch every churner",
          why = "Catching all churners means a long list; the team can only call 50." },
        { "Accuracy",
          why = "Dominated by the many customers who stay; it ignores the call budget." },
      },
      explain = "Choose the metric from the cost of each mistake. With a fixed budget of "
        .. "actions, precision at the top of the list matters; raise the threshold." },

    ds_model_evaluation_4 = { kind = "fill", skill = "model_evaluation", language = "python",
      prompt = "Print precision and recall per class for the test set, with the arguments "
        .. "in the right order.",
      code = "from sklearn.metrics import classification_report\n"
        .. "print(classification_report({1}, {2}))",
      blanks = {
        { options = { "y_test", "y_pred", "X_test" }, answer = 1,
          why = { "The true labels come first.",
                  "Swapping truth and predictions silently swaps precision and recall.",
                  "Features are not labels." } },
        { options = { "y_pred", "y_test", "model" }, answer = 1,
          why = { "The model's predictions come second.",
                  "Passing the truth twice gives a perfect, meaningless report.",
                  "The report needs predictions, not the model object." } },
      },
      explain = "scikit-learn metrics take (y_true, y_pred). With the order swapped, the "
        .. "numbers still print, but precision and recall trade places." },

    ds_model_evaluation_5 = { kind = "order", skill = "model_evaluation",
      prompt = "Put an honest model evaluation in order.",
      items = {
        "Split off a test set and do not look at it",
        "Tune the Pipeline with cross-validation on train",
        "Refit the chosen settings on all training rows",
        "Score model and a dummy baseline once on test",
      },
      explain = "The test set is used once, at the end. Every choice made by looking at it "
        .. "makes its score too optimistic." },

    ds_model_evaluation_6 = { kind = "code", skill = "model_evaluation", language = "python",
      prompt = "You forecast next week's sales. Cross-validation looks great, production is "
        .. "much worse. Which line is the mistake?",
      code = [[
from sklearn.model_selection import KFold
from sklearn.model_selection import cross_val_score

# rows are daily sales, sorted by date
cv = KFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(model, X, y, cv=cv)
print(scores.mean())
]],
      answer = 5,
      why = {
        [5] = "Shuffled folds train on days after the ones they test: the model peeks at "
          .. "the future. Use TimeSeriesSplit.",
        [6] = "cross_val_score is fine; the folds it is given are the problem.",
        [4] = "Knowing the rows are sorted by date is exactly why shuffling is wrong.",
      },
      explain = "For time-ordered data, validate like production: train on the past, test "
        .. "on what comes after. TimeSeriesSplit does that." },

    ds_neural_networks_1 = { kind = "choice", skill = "neural_networks", scenario = true,
      prompt = "A table of 50,000 customers with 20 columns. A colleague wants a neural "
        .. "network instead of gradient-boosted trees. What would you advise?",
      choices = {
        { "Start with boosted trees; try a network only if it clearly wins", right = true,
          why = "On medium-sized tabular data, tree ensembles usually match or beat "
            .. "networks, for less tuning and cost." },
        { "Neural networks always win, so skip the trees",
          why = "Benchmarks on tabular data show the opposite more often than not." },
        { "Use a network because the data has categories",
          why = "Trees handle categories well; that is no reason for a network." },
      },
      explain = "Neural networks shine on images, audio and text. For tables, boosted trees "
        .. "are the strong default, and the baseline any network must beat." },

    ds_neural_networks_2 = { kind = "choice", skill = "neural_networks", scenario = true,
      prompt = "You must sort product photos into 40 categories and have 3,000 labelled "
        .. "images. Which approach would you choose?",
      choices = {
        { "Fine-tune a pretrained image network with PyTorch or Keras", right = true,
          why = "The pretrained network already knows edges and shapes; 3,000 images are "
            .. "enough to adapt it." },
        { "Flatten the pixels into a table for a random forest",
          why = "Raw pixels lose the image structure that convolutions exploit." },
        { "Train a large network from scratch",
          why = "3,000 images are far too few to learn vision from nothing." },
      },
      explain = "Images are where neural networks pay off, and fine-tuning a pretrained one "
        .. "is the usual start. The AI Frameworks quest goes deeper." },

    ds_neural_networks_3 = { kind = "order", skill = "neural_networks",
      prompt = "Put one training step of a neural network in order.",
      items = {
        "Forward pass: compute predictions for a batch",
        "Loss: measure how wrong the predictions are",
        "Backpropagation: compute each weight's gradient",
        "Optimizer step: nudge the weights downhill",
      },
      explain = "Training repeats this step over many batches. Backpropagation is the chain "
        .. "rule applied layer by layer, from the loss back to the first weights." },

    ds_neural_networks_4 = { kind = "sort", skill = "neural_networks",
      prompt = "Which tool would you reach for first?",
      bins = { "scikit-learn", "PyTorch/Keras" },
      items = {
        { "Logistic regression on 20 columns", bin = 1, why = "A classic model; scikit-learn has it." },
        { "Image classifier from product photos", bin = 2, why = "Convolutional networks need a deep learning framework." },
        { "Speech to text for support calls", bin = 2, why = "Audio models are deep networks." },
        { "Random forest on monthly sales", bin = 1, why = "Tree ensembles are scikit-learn's home ground." },
        { "Fine-tune a pretrained text model", bin = 2, why = "Hugging Face Transformers is PyTorch-only since v5." },
      },
      explain = "scikit-learn covers classical ML on tables; TensorFlow, PyTorch and Keras "
        .. "train deep networks for images, audio and text." },
  },

  hints = {
    "Aiyana is just above where you start. The ML and scikit-learn orbs and terminals are south of her.",
    "SPLIT first. Then a FEATURES token that neither leaks the future nor breaks on a new "
      .. "country, and a MODEL that predicts churn from the labels.",
    "The honest pipeline: train_test_split(stratify=y), ColumnTransformer(OneHot ignore), and "
      .. "either classifier. Validation and next month should both read 0.84.",
    "Retention can phone a short list: precision at least 0.80 (most calls matter), recall at "
      .. "least 0.60. Try each threshold on the THRESHOLD pad and watch the customers move.",
  },

  goals = {
    { talk = "Aiyana", text = "Talk to Aiyana", hint = "Aiyana is just above where you start." },
    { collect = "ml_basics", text = "Hold ML basics: orb, then terminal",
      hint = "The ML orb and terminal are south of Aiyana: {where:ml terminal}." },
    { collect = "scikit_learn", text = "Hold scikit-learn: orb, then terminal",
      hint = "Further south: {where:pipeline terminal}." },
    { reach = "honest model", text = "Make validation and next month agree",
      hint = "Read the panel's third line: it says what is wrong with the bench." },
    { collect = "feature_engineering", text = "Hold feature engineering",
      hint = "The features orb and terminal are at the bench's south wall: {where:features terminal}." },
    { collect = "model_evaluation", text = "Hold model evaluation",
      hint = "In the gallery, west: {where:evaluation terminal}." },
    { reach = "call list", text = "Pick a threshold: precision 0.8+, recall 0.6+",
      hint = "Swap the token on the THRESHOLD pad, and read precision and recall." },
    { collect = "neural_networks", text = "Ask Nadia about neural networks",
      hint = "Nadia is in the gallery's north-west corner: {where:Nadia}." },
  },

  grants = { xp = 100 },

  on_start = function()
    for i, row in ipairs(works().customers20) do
      customers[i] = sq.spawn{ type = "customer", x = 3, y = 9, name = "customer " .. i,
        sprite = row[2] == 1 and "token_chip_red" or "token_chip_green" }
      sq.set_sprite(customers[i], row[2] == 1 and "token_chip_red" or "token_chip_green")
    end
    local default = sq.spawn{ type = "op", x = 8, y = 3, name = "threshold 0.5", slot = "threshold",
      pick = 0.5, label = "threshold 0.5", sprite = "token_card_red" }
    sq.set_sprite(default, "token_card_red")
    sq.place(default, pads.threshold)
    sq.set_label(pads.threshold, "THRESHOLD\n0.5 (predict)", true)
    bench()
  end,

  on_place = function(slot, tok)
    local t = works().tokens[tok.id]
    local key = slot.props.key
    if not t then return false, "That does not go on the bench." end
    if t.slot ~= key then
      return false, t.label .. " goes on the " .. string.upper(t.slot) .. " pad."
    end
    if key ~= "split" and key ~= "threshold" and not sq.on_slot(pads.split) then
      return false, "Split first: a step fitted before the split has seen the test rows."
    end
    if t.pick == "dbscan" then
      return false, "DBSCAN has no predict: it only labels the rows it was fitted on (fit_predict)."
    end
    sq.set_label(slot.id, slot.props.label .. "\n" .. t.label, true)
    if key == "threshold" then state.threshold = t.pick end
    sq.after(0, bench)
    return true
  end,

  on_take = function(slot, tok)
    sq.set_label(slot.id, slot.props.label .. "\nempty", true)
    sq.after(0, bench)
  end,

  -- Which room the player is in decides which readout shows.
  on_update = function(dt)
    if sq.time() < state.next_look then return end
    state.next_look = sq.time() + 0.25
    local room = sq.player().x < 16 and "gallery" or "bench"
    if room ~= state.room then
      state.room = room
      bench()
    end
  end,

  on_collect = function(skill)
    if skill == "neural_networks" then state.taught_nn = true end
  end,

  on_answer = function(id, correct)
    if correct then sq.xp(10) end
    if works().is_warmup(id) then
      sq.after(0.1, function() works().refresh(PREREQS) end)
    end
    sq.after(0, bench)
  end,
}
