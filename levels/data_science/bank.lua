-- levels/data_science/bank.lua: review-only items of the Data Science quest
-- (the levels hold the rest), and the warm-ups a mentor asks a newcomer who
-- starts a level without what came before (lib/works.lua, M.refresh).
-- Code is written for NumPy 2.x, pandas 3.x and scikit-learn 1.8 (FACTS.md).
return {
  format = 1,
  quest = "data_science",
  exercises = {

    -- Warm-ups: asked by a level's mentor only when a newcomer lacks the skill.
    ds_warm_python = { kind = "choice", skill = "python",
      prompt = "In Python, what does len([3, 1, 4]) return?",
      choices = {
        { "3", right = true, why = "len counts the items of a list: three here." },
        { "4", why = "4 is the largest item, not the count." },
        { "8", why = "8 is the sum of the items; len counts them." },
      },
      explain = "len() gives the number of items in a list, string or other container." },
    ds_warm_numpy = { kind = "choice", skill = "numpy",
      prompt = "ms is a NumPy array of latencies in milliseconds. Which line converts them all "
        .. "to seconds in one vectorised step?",
      choices = {
        { "secs = ms / 1000", right = true, why = "Arithmetic on a whole array runs in NumPy's compiled code." },
        { "secs = [x / 1000 for x in ms]", why = "A list comprehension visits each value in Python." },
        { "secs = map(lambda x: x / 1000, ms)", why = "map still calls a Python function per value." },
      },
      explain = "Whole-array arithmetic is vectorised: the loop happens inside NumPy, in C." },
    ds_warm_statistics = { kind = "choice", skill = "statistics",
      prompt = "Latencies 100, 110, 120 and 4000 ms. Which number describes a typical request?",
      choices = {
        { "The median, 115 ms", right = true, why = "Half are faster, half slower; the outlier barely moves it." },
        { "The mean, 1082.5 ms", why = "One slow request drags the mean far above every typical one." },
        { "The maximum, 4000 ms", why = "That is the worst request, not a typical one." },
      },
      explain = "The median resists outliers; the mean does not." },
    ds_warm_pandas = { kind = "choice", skill = "pandas",
      prompt = "df is a pandas DataFrame of orders. What does df.groupby(\"region\")"
        .. "[\"amount\"].sum() return?",
      choices = {
        { "The total amount for each region", right = true, why = "One sum per group, indexed by region." },
        { "The number of orders per region", why = "That would be count() or size()." },
        { "The DataFrame sorted by region", why = "groupby groups; sort_values sorts." },
      },
      explain = "groupby splits the rows by a key, and the aggregation (sum) combines each group." },
    ds_warm_cleaning = { kind = "choice", skill = "data_cleaning",
      prompt = "A CSV's amount column holds \"12.50\" and now and then \"pending\". Which "
        .. "call turns it into numbers and marks the bad values?",
      choices = {
        { "pd.to_numeric(df[\"amount\"], errors=\"coerce\")", right = true,
          why = "Numbers are parsed; \"pending\" becomes NaN, which you can count." },
        { "df[\"amount\"].astype(int)", why = "Raises ValueError on \"pending\", and would drop the cents." },
        { "df[\"amount\"].fillna(0)", why = "Fills missing values; it does not convert text." },
      },
      explain = "errors=\"coerce\" turns what cannot be parsed into NaN instead of stopping." },
    ds_warm_ml = { kind = "choice", skill = "ml_basics",
      prompt = "You have last year's customers, each labelled churned or stayed. Predicting "
        .. "churn for this year's customers is which kind of learning?",
      choices = {
        { "Supervised: the examples come with answers", right = true, why = "The churn labels are the answers it learns from." },
        { "Unsupervised: it finds clusters", why = "Clustering ignores labels; here they exist and matter." },
        { "Neither: it needs hand-written rules", why = "Learning from labelled examples is exactly what ML does." },
      },
      explain = "Labelled examples make it supervised learning; here, a classification." },
    ds_warm_sklearn = { kind = "choice", skill = "scikit_learn",
      prompt = "Which scikit-learn method does every estimator have, from LogisticRegression "
        .. "to StandardScaler and DBSCAN?",
      choices = {
        { "fit", right = true, why = "Every estimator learns from data with fit." },
        { "predict", why = "Transformers and some clusterers, such as DBSCAN, have no predict." },
        { "transform", why = "Classifiers such as LogisticRegression have no transform." },
      },
      explain = "fit is shared; models add predict, transformers add transform." },
    ds_warm_evaluation = { kind = "choice", skill = "model_evaluation",
      prompt = "A churn model scores 0.99 on the rows it was trained on. What do you know "
        .. "about how it will do next month?",
      choices = {
        { "Little: judge it on held-out data it never saw", right = true,
          why = "Only unseen data estimates how it does on new customers." },
        { "It will score about 0.99", why = "A model can memorise its training rows: that is overfitting." },
        { "It will score about 0.50", why = "Nothing says that either; measure on a test set." },
      },
      explain = "Training scores flatter a model. Hold out a test set, or cross-validate." },
    ds_pandas_6 = { kind = "choice", skill = "pandas",
      prompt = "After upgrading to pandas 3, a test that asserts df[\"sku\"].dtype == object "
        .. "fails. The column holds product codes. Why?",
      choices = {
        { "pandas 3 infers text columns as the new str dtype", right = true,
          why = "Since 3.0, strings get a dedicated dtype (backed by PyArrow when installed)." },
        { "read_csv now turns text into category",
          why = "Category is still opt-in, for example with dtype=\"category\"." },
        { "The codes were parsed as integers",
          why = "Codes such as SKU-12 cannot parse as integers." },
        { "object dtype was removed from pandas",
          why = "object still exists for mixed Python objects; it is no longer the text default." },
      },
      explain = "pandas 3.0 (January 2026) made the str dtype the default for text. Check "
        .. "with pd.api.types.is_string_dtype instead of comparing with object." },

    ds_scikit_learn_6 = { kind = "choice", skill = "scikit_learn",
      prompt = "You save the fitted Pipeline with joblib and the scoring API loads it. "
        .. "What must you keep in mind?",
      choices = {
        { "Load only trusted files, with the same scikit-learn version", right = true,
          why = "joblib files are pickles: loading one can run code, and other versions "
            .. "raise InconsistentVersionWarning." },
        { "joblib files work with any scikit-learn version",
          why = "Pickled estimators are only supported on the version that saved them." },
        { "joblib drops the preprocessing steps",
          why = "The whole fitted Pipeline, preprocessing included, is saved." },
        { "Loading retrains the model on startup",
          why = "Loading restores the fitted state; nothing is trained." },
      },
      explain = "Pin the scikit-learn version between training and serving. For files "
        .. "from others, skops.io refuses untrusted types, or export to ONNX." },
  },
}
