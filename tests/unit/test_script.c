/* The script host's behaviour, beyond hostile levels: the random stream
 * (seeded by the game and the level's id), the budget per tick (shared,
 * counted in instructions, the same on every run), the update list (order,
 * removal and spawning while it runs, switching a behaviour off), the
 * entity cap, and Lua's set-up under a memory cap that runs out. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#endif
#include "test_common.h"
#include "level.h"
#include "script.h"
#include "host_stubs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* --- a host that records what it is asked ---------------------------------- */

static struct {
    int next_id, max_id;
    int xp, xp_calls, reports;
    char said[4096];
    char last[4096];
    scr_level *level;
} rec;

static int h_spawn(void *u, const scr_spawn_desc *d)
{
    (void)u, (void)d;
    return rec.next_id < rec.max_id ? ++rec.next_id : 0;
}
static void h_remove(void *u, int id)
{
    (void)u;
    if (rec.level) scr_level_forget(rec.level, id);
}
static scr_entity_info h_entity(void *u, int id)
{
    (void)u;
    bool exists = (id > 0 && id <= rec.next_id) || id == 100000; /* the player */
    return (scr_entity_info){exists, 1, 1, 16, 16, NULL, NULL};
}
static int h_player(void *u) { (void)u; return 100000; }
static void h_move(void *u, int id, double x, double y) { (void)u, (void)id, (void)x, (void)y; }
static void h_velocity(void *u, int id, double x, double y) { (void)u, (void)id, (void)x, (void)y; }
static void h_sprite(void *u, int id, const char *s, int f, int r) { (void)u, (void)id, (void)s, (void)f, (void)r; }
static void h_solid(void *u, int id, bool s) { (void)u, (void)id, (void)s; }
static void h_say(void *u, const char *who, const char *const *pages, int n)
{
    (void)u, (void)who, (void)n;
    snprintf(rec.said, sizeof rec.said, "%s", pages[0]);
}
static bool h_ask(void *u, const char *const *ids, int n, const char *t)
{
    (void)u;
    snprintf(rec.last, sizeof rec.last, "%s: %d from %s", t, n, n > 0 ? ids[0] : "");
    return true;
}
static bool h_grant(void *u, const char *s, const char *n, const char *c, char *w, size_t ws) { (void)u, (void)s, (void)n, (void)c, (void)w, (void)ws; return true; }
static void h_xp(void *u, int xp) { (void)u, rec.xp += xp, rec.xp_calls++; }
static bool h_has(void *u, const char *s) { (void)u, (void)s; return false; }
static void h_goal(void *u, const char *t) { (void)u, (void)t; }
static bool h_met(void *u) { (void)u; return false; }
static void h_hurt(void *u) { (void)u; }
static void h_sound(void *u, const char *n) { (void)u, (void)n; }
static bool h_hint(void *u) { (void)u; return false; }
static void h_complete(void *u) { (void)u; }
static void h_fail(void *u, const char *w) { (void)u, (void)w; }
static void h_label(void *u, int id, const char *t, bool always) { (void)u, (void)id, (void)t, (void)always; }
static void h_quest(void *u, const char *q, int *l, int *w) { (void)u, (void)q, *l = *w = 0; }
static bool h_enter(void *u, const char *q) { (void)u, (void)q; return false; }
static void h_report(void *u, const char *m)
{
    (void)u;
    rec.reports++;
    snprintf(rec.last, sizeof rec.last, "%s", m);
}
static int h_due(void *u) { (void)u; return 0; }
static int h_review(void *u, int m) { (void)u, (void)m; return 0; }

static const scr_host host = {
    NULL,   h_spawn, h_remove, h_entity, h_player, h_move,  h_velocity, h_sprite, h_solid, h_say,
    h_ask,  h_grant, h_xp,     h_has,    h_goal,   h_met,   h_hurt,     h_sound,  h_sound, h_hint,
    h_complete, h_fail, h_label, h_quest, h_enter, h_report, h_due,     h_review, HOST_STUBS,
};

/* --- levels written at run time --------------------------------------------- */

static char tmpdir[64];

/* Writes a level whose table has `fields` (Lua) and id `id`; returns its path. */
static const char *level(const char *name, const char *id, const char *fields)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s.lua", tmpdir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "return {\n  format = 1, id = \"%s\", quest = \"web\", title = \"Test\",\n"
               "  map = { rows = { \"#####\", \"#@..#\", \"#####\" } },\n%s\n}\n",
            id, fields);
    assert_int_equal(fclose(f), 0);
    return path;
}

typedef struct {
    scr_level *lv;
    lvl_def def;
} loaded;

static loaded start(const char *path, uint64_t seed, scr_limits limits)
{
    loaded l;
    memset(&rec, 0, sizeof rec);
    rec.max_id = 1000;
    char err[1024];
    scr_env env = {SQ_SOURCE_DIR, limits, &host, seed, NULL, 0};
    l.lv = scr_level_load(path, &env, &l.def, err, sizeof err);
    if (!l.lv) fail_msg("%s did not load: %s", path, err);
    rec.level = l.lv;
    scr_level_start(l.lv);
    return l;
}

static void tick(loaded *l)
{
    scr_level_tick_begin(l->lv);
    scr_level_update(l->lv, 1.0 / 60);
}

static void finish(loaded *l)
{
    rec.level = NULL;
    scr_level_destroy(l->lv);
    lvl_free(&l->def);
}

static const scr_limits tight = {16u << 20, 2000000, 200000, 2.0};

/* --- sq.ask -------------------------------------------------------------------- */

/* A list asked without a title is asked under the default title, not under
 * the name of its first exercise. */
static void test_ask_list_without_title(void **state)
{
    (void)state;
    loaded l = start(level("a1", "unit.ask", "  on_start = function() sq.ask({ 'q1', 'q2' }) end,"), 1, tight);
    assert_string_equal(rec.last, "Terminal: 2 from q1");
    finish(&l);
    l = start(level("a1", "unit.ask", "  on_start = function() sq.ask({ 'q1' }, 'Desk') end,"), 1, tight);
    assert_string_equal(rec.last, "Desk: 1 from q1");
    finish(&l);
}

/* --- the random stream ---------------------------------------------------------- */

#define DRAWS                                                                                \
    "  on_start = function()\n"                                                              \
    "    local a = {}\n"                                                                     \
    "    for i = 1, 6 do a[i] = sq.random(1000000) end\n"                                    \
    "    a[7] = string.format('%.17g', math.random())\n"                                     \
    "    a[8] = math.random(-5, 5)\n"                                                        \
    "    math.randomseed()\n"                                                                \
    "    local b = {}\n"                                                                     \
    "    for i = 1, 6 do b[i] = math.random(1000000) end\n"                                  \
    "    math.randomseed(42)\n"                                                              \
    "    local c = math.random(1000000)\n"                                                   \
    "    math.randomseed(42)\n"                                                              \
    "    assert(math.random(1000000) == c)\n"                                                \
    "    assert(table.concat(a, ',', 1, 6) == table.concat(b, ','), 'randomseed() restarts')\n" \
    "    assert(not pcall(sq.random, 5, 1))\n"                                               \
    "    assert(select(2, pcall(function() return sq.random('x') end)):find(\"'random'\"))\n" \
    "    sq.say('draws', table.concat(a, ','))\n"                                            \
    "  end,"

typedef char said_text[sizeof rec.said];

static void draws(const char *name, const char *id, uint64_t seed, said_text out, uint64_t *state)
{
    loaded l = start(level(name, id, DRAWS), seed, tight);
    assert_int_equal(rec.reports, 0);
    memcpy(out, rec.said, sizeof rec.said);
    *state = scr_level_random_state(l.lv);
    finish(&l);
}

static void test_random_streams(void **state)
{
    (void)state;
    said_text a, b, c, d;
    uint64_t sa, sb, sc, sd;
    draws("r1", "test.random_one", 1, a, &sa);
    draws("r1", "test.random_one", 1, b, &sb);
    draws("r1", "test.random_one", 2, c, &sc);
    draws("r2", "test.random_two", 1, d, &sd);
    print_message("seed 1: %s\nseed 1: %s\nseed 2: %s\nother level: %s\n", a, b, c, d);
    assert_true(strlen(a) > 20);
    assert_string_equal(a, b); /* one seed, one sequence, every run */
    assert_true(sa == sb);
    assert_string_not_equal(a, c); /* another seed, another sequence */
    assert_true(sa != sc);
    assert_string_not_equal(a, d); /* two levels never share one */
}

/* The stream is a fixed function of the seed and the level's id: these
 * draws are the same on every machine (PCG32, no libc rand, no clock). */
static void test_random_known_values(void **state)
{
    (void)state;
    loaded l = start(level("r3", "test.random_known", "  on_start = function()\n"
                                                      "    local t = {}\n"
                                                      "    for i = 1, 4 do t[i] = sq.random(100) end\n"
                                                      "    sq.say('x', table.concat(t, ','))\n"
                                                      "  end,"),
                     7, tight);
    print_message("seed 7, test.random_known: %s\n", rec.said);
    assert_string_equal(rec.said, "76,4,10,95");
    finish(&l);
}

/* --- the budget ------------------------------------------------------------------ */

/* on_update spends about 40% of the tick's budget, every tick: never stopped. */
#define SPEND(n) "local s = 0 for i = 1, " #n " do s = s + i end"

static void test_budget_is_per_tick(void **state)
{
    (void)state;
    loaded l = start(level("b1", "test.budget_one",
                           "  on_update = function(dt) " SPEND(40000) " end,"),
                     1, tight);
    for (int i = 0; i < 30; i++) tick(&l);
    assert_int_equal(rec.reports, 0);
    assert_false(scr_level_stopped(l.lv));
    finish(&l);
}

/* Two callbacks at 40% each, and a timer: together over the one budget. */
static void test_budget_is_shared(void **state)
{
    (void)state;
    loaded l = start(level("b2", "test.budget_shared",
                           "  on_update = function(dt) " SPEND(40000) " end,\n"
                           "  behaviours = { burner = { sprite = 'bug', on_update = function(self) "
                           SPEND(40000) " end } },\n"
                           "  on_start = function() sq.spawn{ type = 'burner', x = 2, y = 1 }\n"
                           "    sq.spawn{ type = 'burner', x = 3, y = 1 } end,"),
                     1, tight);
    tick(&l);
    assert_int_equal(rec.reports, 1);
    assert_true(scr_level_stopped(l.lv));
    assert_non_null(strstr(rec.last, "(in burner.on_update)"));
    assert_non_null(strstr(rec.last, "b2.lua:5:"));
    /* Stopped: nothing of it runs again, and nothing more is said. */
    tick(&l);
    scr_level_tick_begin(l.lv);
    scr_level_collect(l.lv, "http");
    scr_level_touch(l.lv, 1, 2);
    assert_int_equal(rec.reports, 1);
    finish(&l);
}

/* Counted in instructions: the level stops at the same point on every run
 * (here, after the same number of host calls), whatever the machine does. */
static void test_budget_is_deterministic(void **state)
{
    (void)state;
    int calls[3];
    for (int run = 0; run < 3; run++) {
        loaded l = start(level("b3", "test.budget_same",
                               "  on_update = function(dt)\n"
                               "    local t = {}\n"
                               "    while true do sq.xp(1) t[#t + 1] = tostring(#t) end\n"
                               "  end,"),
                         1, tight);
        tick(&l);
        assert_true(scr_level_stopped(l.lv));
        calls[run] = rec.xp_calls;
        finish(&l);
    }
    print_message("host calls before the stop: %d %d %d\n", calls[0], calls[1], calls[2]);
    assert_true(calls[0] > 1000);
    assert_int_equal(calls[0], calls[1]);
    assert_int_equal(calls[0], calls[2]);
}

/* --- the update list ------------------------------------------------------------- */

static void test_update_order_remove_spawn(void **state)
{
    (void)state;
    loaded l = start(level("u1", "test.updates",
                           "  behaviours = {\n"
                           "    ticker = { sprite = 'bug', on_update = function(self)\n"
                           "      LOG[#LOG + 1] = self.props.n\n"
                           "      if self.props.n == 2 and not DONE then\n"
                           "        DONE = true\n"
                           "        sq.remove(IDS[3])                                 -- later in this pass\n"
                           "        IDS[5] = sq.spawn{ type = 'ticker', x = 1, y = 1, n = 5 } -- next tick\n"
                           "      end\n"
                           "    end },\n"
                           "    still = { sprite = 'orb' },\n"
                           "  },\n"
                           "  on_start = function()\n"
                           "    LOG, IDS = {}, {}\n"
                           "    for n = 1, 4 do\n"
                           "      IDS[n] = sq.spawn{ type = 'ticker', x = 1, y = 1, n = n }\n"
                           "      sq.spawn{ type = 'still', x = 1, y = 1 }\n"
                           "    end\n"
                           "  end,\n"
                           "  on_collect = function() sq.say('log', table.concat(LOG, ',')) end,"),
                     1, tight);
    tick(&l);
    tick(&l);
    scr_level_tick_begin(l.lv);
    scr_level_collect(l.lv, "x");
    assert_int_equal(rec.reports, 0);
    assert_string_equal(rec.said, "1,2,4,1,2,4,5");
    finish(&l);
}

/* An on_update that fails switches that behaviour off for all its entities;
 * other behaviours go on. */
static void test_update_failure_switches_behaviour_off(void **state)
{
    (void)state;
    loaded l = start(level("u2", "test.update_off",
                           "  behaviours = {\n"
                           "    bad = { sprite = 'bug', on_update = function(self)\n"
                           "      if self.props.n == 2 then error('broken') end\n"
                           "      sq.xp(100)\n"
                           "    end },\n"
                           "    good = { sprite = 'bug', on_update = function(self) sq.xp(1) end },\n"
                           "  },\n"
                           "  on_start = function()\n"
                           "    for n = 1, 3 do sq.spawn{ type = 'bad', x = 1, y = 1, n = n }\n"
                           "      sq.spawn{ type = 'good', x = 1, y = 1 } end\n"
                           "  end,"),
                     1, tight);
    tick(&l);
    /* bad 1 ran, bad 2 failed; bad 3 is off; the three good ones ran. */
    assert_int_equal(rec.reports, 1);
    assert_non_null(strstr(rec.last, "u2.lua:6: broken (bad.on_update is switched off)"));
    assert_int_equal(rec.xp, 103);
    tick(&l);
    assert_int_equal(rec.xp, 106);
    assert_int_equal(rec.reports, 1);
    assert_false(scr_level_stopped(l.lv));
    finish(&l);
}

static void test_entity_cap(void **state)
{
    (void)state;
    scr_limits roomy = {64u << 20, 500000000, 200000, 30.0};
    memset(&rec, 0, sizeof rec);
    rec.max_id = 100000;
    char err[1024];
    lvl_def def;
    scr_env env = {SQ_SOURCE_DIR, roomy, &host, 1, NULL, 0};
    scr_level *lv = scr_level_load(level("e1", "test.cap",
                                         "  on_start = function()\n"
                                         "    for i = 1, 65536 do sq.spawn{ type = 'sign', x = 1, y = 1 } end\n"
                                         "    sq.xp(1)\n"
                                         "    sq.spawn{ type = 'sign', x = 1, y = 1 }\n"
                                         "  end,"),
                                   &env, &def, err, sizeof err);
    assert_non_null(lv);
    rec.level = lv;
    scr_level_start(lv);
    assert_int_equal(rec.xp, 1); /* 65536 fit */
    assert_int_equal(rec.reports, 1);
    assert_non_null(strstr(rec.last, "sq.spawn: a level may have at most 65536 entities at once"));
    rec.level = NULL;
    scr_level_destroy(lv);
    lvl_free(&def);
}

/* --- set-up under a memory cap ----------------------------------------------------- */

/* Every cap from too small to start Lua to enough for the level: each load
 * either works or says it ran out of memory; none aborts or leaks. */
static void test_setup_out_of_memory(void **state)
{
    (void)state;
    int failed = 0, loaded_ok = 0;
    for (size_t cap = 1024; cap <= (600u << 10); cap += cap / 8 + 512) {
        memset(&rec, 0, sizeof rec);
        rec.max_id = 1000;
        scr_limits limits = {cap, 2000000, 200000, 2.0};
        scr_env env = {SQ_SOURCE_DIR, limits, &host, 1, NULL, 0};
        lvl_def def;
        char err[1024];
        scr_level *lv = scr_level_load(SQ_SOURCE_DIR "/levels/office/first_day.lua", &env, &def,
                                       err, sizeof err);
        if (!lv) {
            failed++;
            if (!strstr(err, "memory")) fail_msg("cap %zu: %s", cap, err);
            continue;
        }
        loaded_ok++;
        rec.level = lv;
        scr_level_start(lv);
        tick(&(loaded){lv, def});
        rec.level = NULL;
        scr_level_destroy(lv);
        lvl_free(&def);
    }
    print_message("%d caps ran out of memory, %d loaded\n", failed, loaded_ok);
    assert_true(failed > 10);
}

/* --- the game's own scripts, compiled once per process ---------------------- */

static const char *const shipped_scripts[] = {"skills", "fields.lua", "behaviours.lua"};

/* root/scripts/helpers.lua: the shipped helpers with `before` in front and
 * `last` just before they return their table. */
static void write_helpers(const char *root, const char *before, const char *last)
{
    static char text[1 << 16];
    FILE *in = fopen(SQ_SOURCE_DIR "/scripts/helpers.lua", "rb");
    assert_non_null(in);
    size_t n = fread(text, 1, sizeof text - 1, in);
    fclose(in);
    text[n] = '\0';
    char *ret = strstr(text, "\nreturn quest");
    assert_non_null(ret);
    *ret = '\0';
    char path[400];
    snprintf(path, sizeof path, "%s/scripts/helpers.lua", root);
    FILE *out = fopen(path, "wb");
    assert_non_null(out);
    fprintf(out, "%s%s\n%s\nreturn quest\n", before, text, last);
    assert_int_equal(fclose(out), 0);
}

/* Loads the level at path with root's scripts: its title, or false and err. */
static bool load_title(const char *root, const char *path, char *title, char *err, size_t err_size)
{
    scr_env env = {root, tight, &host, 1, NULL, 0};
    lvl_def def;
    memset(&rec, 0, sizeof rec);
    rec.max_id = 1000;
    scr_level *lv = scr_level_load(path, &env, &def, err, err_size);
    if (!lv) return false;
    snprintf(title, 64, "%s", def.title ? def.title : "");
    scr_level_destroy(lv);
    lvl_free(&def);
    return true;
}

/* Each level's sandbox runs helpers.lua and the rest again; their compiled
 * form is kept. An author's edit is still seen at the next load (same size,
 * other contents), and an error in a kept script still names file and line. */
static void test_shared_scripts_follow_the_disk(void **state)
{
    (void)state;
    char root[200], dir[300], link[400], target[400], path[300], title[64], err[1024];
    snprintf(root, sizeof root, "%s/root", tmpdir);
    snprintf(dir, sizeof dir, "%s/scripts", root);
    assert_int_equal(mkdir(root, 0700), 0);
    assert_int_equal(mkdir(dir, 0700), 0);
    for (size_t i = 0; i < sizeof shipped_scripts / sizeof *shipped_scripts; i++) {
        snprintf(link, sizeof link, "%s/%s", dir, shipped_scripts[i]);
        snprintf(target, sizeof target, "%s/scripts/%s", SQ_SOURCE_DIR, shipped_scripts[i]);
        assert_int_equal(symlink(target, link), 0);
    }
    snprintf(path, sizeof path, "%s/c1.lua", tmpdir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "return { format = 1, id = \"c1\", quest = \"web\", title = quest.probe,\n"
               "  map = { rows = { \"#####\", \"#@..#\", \"#####\" } } }\n");
    assert_int_equal(fclose(f), 0);

    write_helpers(root, "", "quest.probe = 'one'");
    for (int i = 0; i < 2; i++) { /* compiled, then kept */
        if (!load_title(root, path, title, err, sizeof err)) fail_msg("load %d: %s", i, err);
        assert_string_equal(title, "one");
    }
    write_helpers(root, "", "quest.probe = 'two'"); /* same size */
    for (int i = 0; i < 2; i++) {
        if (!load_title(root, path, title, err, sizeof err)) fail_msg("load %d: %s", i, err);
        assert_string_equal(title, "two");
    }
    write_helpers(root, "local broken = true\nif broken then error('the helpers broke') end\n", "");
    for (int i = 0; i < 2; i++) {
        assert_false(load_title(root, path, title, err, sizeof err));
        if (!strstr(err, "/scripts/helpers.lua:2: the helpers broke")) fail_msg("load %d: %s", i, err);
    }
    write_helpers(root, "local x = = 1\n", ""); /* a syntax error, never kept */
    for (int i = 0; i < 2; i++) {
        assert_false(load_title(root, path, title, err, sizeof err));
        if (!strstr(err, "/scripts/helpers.lua:1:")) fail_msg("load %d: %s", i, err);
    }

    for (size_t i = 0; i < sizeof shipped_scripts / sizeof *shipped_scripts; i++) {
        snprintf(link, sizeof link, "%s/%s", dir, shipped_scripts[i]);
        assert_int_equal(remove(link), 0);
    }
    snprintf(link, sizeof link, "%s/helpers.lua", dir);
    assert_int_equal(remove(link), 0);
    assert_int_equal(remove(path), 0);
    assert_int_equal(rmdir(dir), 0);
    assert_int_equal(rmdir(root), 0);
}

static int make_tmpdir(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/skillquest_script_XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_tmpdir(void **state)
{
    (void)state;
    static const char *const names[] = {"r1", "r2", "r3", "b1", "b2", "b3", "u1", "u2", "e1", "a1"};
    char path[300];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(path, sizeof path, "%s/%s.lua", tmpdir, names[i]);
        remove(path);
    }
    return rmdir(tmpdir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ask_list_without_title),
        cmocka_unit_test(test_random_streams),
        cmocka_unit_test(test_random_known_values),
        cmocka_unit_test(test_budget_is_per_tick),
        cmocka_unit_test(test_budget_is_shared),
        cmocka_unit_test(test_budget_is_deterministic),
        cmocka_unit_test(test_update_order_remove_spawn),
        cmocka_unit_test(test_update_failure_switches_behaviour_off),
        cmocka_unit_test(test_entity_cap),
        cmocka_unit_test(test_setup_out_of_memory),
        cmocka_unit_test(test_shared_scripts_follow_the_disk),
    };
    return cmocka_run_group_tests(tests, make_tmpdir, remove_tmpdir);
}
