/* Entity store, tile collision, solid entities, contacts and camera. */
#include "test_common.h"
#include "world.h"

#define PX(v) ((v) * WLD_SUBPX)

static world *open_room(int w, int h)
{
    world *wd = wld_create(8);
    assert_non_null(wd);
    assert_true(wld_map_reset(wd, w, h));
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            bool wall = x == 0 || y == 0 || x == w - 1 || y == h - 1;
            wld_map_set(wd, x, y, 0, wall ? 2 : 1);
            wld_map_set_solid(wd, x, y, wall);
        }
    return wd;
}

static wld_handle spawn(world *wd, int x, int y, int size, uint16_t flags)
{
    wld_entity_desc d = {1, flags, x, y, (int16_t)size, (int16_t)size, 1, 1, 1, 0, 0, 0};
    return wld_spawn(wd, &d);
}

static void stale_handles_are_detected(void **state)
{
    (void)state;
    world *wd = open_room(8, 8);
    wld_handle a = spawn(wd, 20, 20, 8, 0);
    assert_true(wld_alive(wd, a));
    wld_remove(wd, a);
    /* Lazy: removed but still in its slot until the flush. */
    assert_false(wld_alive(wd, a));
    assert_int_equal(wld_count(wd), 1);
    wld_flush(wd);
    assert_int_equal(wld_count(wd), 0);
    wld_handle b = spawn(wd, 30, 30, 8, 0);
    assert_int_equal(b.index, a.index); /* slot reused */
    assert_int_not_equal(b.generation, a.generation);
    assert_false(wld_alive(wd, a));
    assert_true(wld_alive(wd, b));
    /* Writes through the stale handle must not touch the new entity. */
    wld_set_position(wd, a, PX(99), PX(99));
    int32_t x, y;
    wld_position(wd, b, &x, &y);
    assert_int_equal(x, PX(30));
    wld_handle zero = {0, 0};
    assert_false(wld_alive(wd, zero));
    wld_destroy(wd);
}

static int remove_visits;
static void remove_every_other(world *w, wld_handle h, void *user)
{
    (void)user;
    remove_visits++;
    if (h.index % 2 == 0) wld_remove(w, h);
}

static void remove_in_each(void **state)
{
    (void)state;
    world *wd = open_room(16, 16);
    for (int i = 0; i < 10; i++) spawn(wd, 20 + i * 10, 40, 4, 0);
    remove_visits = 0;
    wld_each(wd, remove_every_other, NULL);
    assert_int_equal(remove_visits, 10);
    wld_flush(wd);
    assert_int_equal(wld_count(wd), 5);
    wld_destroy(wd);
}

static void mover_stops_flush_against_wall(void **state)
{
    (void)state;
    world *wd = open_room(10, 10); /* interior x from 16 to 144 px */
    wld_handle e = spawn(wd, 120, 50, 10, WLD_F_MOVES);
    wld_set_velocity(wd, e, PX(3), 0);
    for (int i = 0; i < 20; i++) wld_step(wd);
    int32_t x, y;
    wld_position(wd, e, &x, &y);
    assert_int_equal(x, PX(144 - 10)); /* touching the wall, not inside it */
    assert_int_equal(y, PX(50));
    assert_true(wld_hits(wd, e) & WLD_HIT_RIGHT);
    wld_set_velocity(wd, e, -PX(3), 0);
    for (int i = 0; i < 60; i++) wld_step(wd);
    wld_position(wd, e, &x, &y);
    assert_int_equal(x, PX(16));
    assert_true(wld_hits(wd, e) & WLD_HIT_LEFT);
    wld_destroy(wd);
}

static void fast_mover_does_not_tunnel(void **state)
{
    (void)state;
    world *wd = open_room(20, 5);
    wld_map_set_solid(wd, 10, 2, true); /* one wall tile at x 160..176 */
    wld_handle e = spawn(wd, 20, 34, 8, WLD_F_MOVES);
    wld_set_velocity(wd, e, PX(40), 0); /* 2.5 tiles per tick */
    for (int i = 0; i < 10; i++) wld_step(wd);
    int32_t x, y;
    wld_position(wd, e, &x, &y);
    assert_int_equal(x, PX(160 - 8));
    wld_destroy(wd);
}

static void exact_edge_contact_is_not_a_collision(void **state)
{
    (void)state;
    world *wd = open_room(10, 10);
    /* Sliding along a wall while touching it must not snag. */
    wld_handle e = spawn(wd, 16, 40, 10, WLD_F_MOVES);
    wld_set_velocity(wd, e, 0, PX(1));
    for (int i = 0; i < 10; i++) wld_step(wd);
    int32_t x, y;
    wld_position(wd, e, &x, &y);
    assert_int_equal(x, PX(16));
    assert_int_equal(y, PX(50));
    assert_int_equal(wld_hits(wd, e), 0);
    /* A corner: diagonal into the inside corner stops on both axes. */
    wld_set_position(wd, e, PX(20), PX(20));
    wld_set_velocity(wd, e, -PX(2), -PX(2));
    for (int i = 0; i < 10; i++) wld_step(wd);
    wld_position(wd, e, &x, &y);
    assert_int_equal(x, PX(16));
    assert_int_equal(y, PX(16));
    wld_destroy(wd);
}

static void spawned_inside_wall_can_leave(void **state)
{
    (void)state;
    world *wd = open_room(10, 10);
    wld_handle e = spawn(wd, 4, 40, 8, WLD_F_MOVES); /* overlaps the left wall */
    wld_set_velocity(wd, e, PX(2), 0);
    for (int i = 0; i < 10; i++) wld_step(wd);
    int32_t x, y;
    wld_position(wd, e, &x, &y);
    assert_int_equal(x, PX(24));
    wld_destroy(wd);
}

static void solid_entities_block_and_sensors_report(void **state)
{
    (void)state;
    world *wd = open_room(20, 10);
    wld_handle block = spawn(wd, 100, 40, 16, WLD_F_SOLID);
    wld_handle mover = spawn(wd, 40, 44, 8, WLD_F_MOVES);
    wld_handle sensor = spawn(wd, 60, 44, 8, WLD_F_SENSOR);
    wld_set_velocity(wd, mover, PX(2), 0);
    int seen = 0;
    for (int i = 0; i < 40; i++) {
        wld_step(wd);
        const wld_contact *c;
        int n = wld_contacts(wd, &c);
        for (int k = 0; k < n; k++) {
            bool pair = (c[k].a.index == mover.index && c[k].b.index == sensor.index) ||
                        (c[k].b.index == mover.index && c[k].a.index == sensor.index);
            assert_true(pair); /* the block is no sensor and touches nothing */
            seen++;
        }
    }
    int32_t x, y;
    wld_position(wd, mover, &x, &y);
    assert_int_equal(x, PX(100 - 8));
    assert_true(seen > 0 && seen < 40); /* while passing over the sensor only */
    assert_true(wld_alive(wd, block));
    wld_destroy(wd);
}

static void contacts_list_each_pair_once(void **state)
{
    (void)state;
    world *wd = open_room(40, 40);
    /* A cluster straddling grid cell borders (cells are 32 px). */
    for (int i = 0; i < 6; i++) spawn(wd, 58 + i * 2, 60 + i, 12, WLD_F_SENSOR);
    wld_step(wd);
    const wld_contact *c;
    int n = wld_contacts(wd, &c);
    assert_int_equal(n, 15); /* all 6 overlap each other: 6*5/2 */
    for (int i = 0; i < n; i++) {
        assert_true(c[i].a.index < c[i].b.index);
        for (int j = i + 1; j < n; j++)
            assert_false(c[i].a.index == c[j].a.index && c[i].b.index == c[j].b.index);
    }
    wld_destroy(wd);
}

static void camera_clamps_and_centres(void **state)
{
    (void)state;
    world *wd = open_room(100, 50); /* 1600 x 800 px */
    float l, t;
    wld_camera(wd, 10, 10, 640, 360, &l, &t);
    assert_true(l == 0.0f && t == 0.0f);
    wld_camera(wd, 1590, 790, 640, 360, &l, &t);
    assert_true(l == 960.0f && t == 440.0f);
    wld_camera(wd, 800, 400, 640, 360, &l, &t);
    assert_true(l == 480.0f && t == 220.0f);
    assert_true(wld_map_reset(wd, 20, 10)); /* 320 x 160: smaller than the view */
    wld_camera(wd, 0, 0, 640, 360, &l, &t);
    assert_true(l == -160.0f && t == -100.0f);
    wld_destroy(wd);
}

static void map_limits_and_outside_is_solid(void **state)
{
    (void)state;
    world *wd = open_room(4, 4);
    assert_true(wld_map_solid(wd, -1, 0));
    assert_true(wld_map_solid(wd, 4, 2));
    assert_false(wld_map_solid(wd, 1, 1));
    assert_false(wld_map_reset(wd, 0, 5));
    assert_false(wld_map_reset(wd, WLD_MAX_MAP_SIDE + 1, 5));
    assert_int_equal(wld_map_width(wd), 4); /* a refused reset keeps the old map */
    assert_true(wld_map_rect_solid(wd, 10, 20, 8, 8));
    assert_false(wld_map_rect_solid(wd, 16, 16, 16, 16));
    wld_destroy(wd);
}

static void visible_items_are_culled_and_sorted(void **state)
{
    (void)state;
    world *wd = open_room(200, 200);
    spawn(wd, 100, 120, 8, 0);
    spawn(wd, 120, 100, 8, 0);
    spawn(wd, 2000, 2000, 8, 0); /* far off screen */
    wld_draw_item items[8];
    int n = wld_collect_visible(wd, 0, 0, 640, 360, 0.0f, items, 8);
    assert_int_equal(n, 2);
    assert_true(items[0].depth <= items[1].depth);
    assert_true(items[0].y == 100.0f);
    wld_destroy(wd);
}

static void hash_follows_state(void **state)
{
    (void)state;
    world *a = open_room(10, 10), *b = open_room(10, 10);
    wld_handle ea = spawn(a, 30, 30, 8, WLD_F_MOVES), eb = spawn(b, 30, 30, 8, WLD_F_MOVES);
    wld_set_velocity(a, ea, 100, 37);
    wld_set_velocity(b, eb, 100, 37);
    for (int i = 0; i < 50; i++) {
        wld_step(a);
        wld_step(b);
    }
    assert_true(wld_hash(a) == wld_hash(b));
    wld_set_velocity(b, eb, 100, 38);
    wld_step(a);
    wld_step(b);
    assert_true(wld_hash(a) != wld_hash(b));
    wld_destroy(a);
    wld_destroy(b);
}

/* The broad phase against every pair: random movers of mixed sizes (the cell size
 * follows the largest), spawns, removals and teleports, checked each tick. */
static int brute_contacts(world *wd, const wld_handle *hs, int n, bool *alive_set, int *pairs)
{
    int count = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            if (!alive_set[i] || !alive_set[j]) continue;
            bool sensor = (wld_flags(wd, hs[i]) | wld_flags(wd, hs[j])) & WLD_F_SENSOR;
            int wi, hi, wj, hj;
            wld_size(wd, hs[i], &wi, &hi);
            wld_size(wd, hs[j], &wj, &hj);
            if (sensor && wi && hi && wj && hj && wld_overlap(wd, hs[i], hs[j])) pairs[count++] = i * 1000 + j;
        }
    return count;
}

static uint32_t xorshift(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

static void broad_phase_matches_every_pair(void **state)
{
    (void)state;
    world *wd = open_room(40, 30);
    enum { N = 300 };
    wld_handle hs[N];
    bool alive_set[N];
    uint32_t rng = 12345;
#define NEXT() xorshift(&rng)
    for (int i = 0; i < N; i++) {
        int size = i < N - 5 ? 4 + (int)(NEXT() % 9) : 20 + (int)(NEXT() % 13);
        uint16_t flags = WLD_F_MOVES | WLD_F_BOUNCE | (NEXT() % 3 ? WLD_F_SENSOR : 0);
        int x = 16 + (int)(NEXT() % 560), y = 16 + (int)(NEXT() % 400);
        hs[i] = spawn(wd, x, y, size, flags);
        int32_t vx = (int32_t)(NEXT() % 1025) - 512, vy = (int32_t)(NEXT() % 1025) - 512;
        wld_set_velocity(wd, hs[i], vx, vy);
        alive_set[i] = true;
    }
    int expect[N * N / 2], got[N * N / 2];
    for (int tick = 0; tick < 200; tick++) {
        if (tick == 60)
            for (int i = N - 5; i < N; i++) { /* the big ones go: cells shrink to 16 px */
                wld_remove(wd, hs[i]);
                alive_set[i] = false;
            }
        if (tick % 17 == 5) { /* a teleport: a big reshuffle for the sort */
            int i = (int)(NEXT() % (N - 5));
            int x = 20 + (int)(NEXT() % 560), y = 20 + (int)(NEXT() % 400);
            if (alive_set[i]) wld_set_position(wd, hs[i], PX(x), PX(y));
        }
        wld_flush(wd);
        wld_step(wd);
        int n = brute_contacts(wd, hs, N, alive_set, expect);
        const wld_contact *c;
        int m = wld_contacts(wd, &c);
        assert_int_equal(m, n);
        for (int k = 0; k < m; k++) {
            assert_true(c[k].a.index < c[k].b.index);
            int i = -1, j = -1;
            for (int h = 0; h < N; h++) {
                if (hs[h].index == c[k].a.index && hs[h].generation == c[k].a.generation) i = h;
                if (hs[h].index == c[k].b.index && hs[h].generation == c[k].b.generation) j = h;
            }
            assert_true(i >= 0 && j >= 0);
            got[k] = i < j ? i * 1000 + j : j * 1000 + i;
        }
        /* The same set: sort both (small, insertion). */
        for (int *v = expect; v; v = v == expect ? got : NULL)
            for (int a = 1; a < n; a++)
                for (int b = a; b > 0 && v[b - 1] > v[b]; b--) {
                    int t = v[b];
                    v[b] = v[b - 1];
                    v[b - 1] = t;
                }
        assert_memory_equal(expect, got, sizeof(int) * (size_t)n);
    }
#undef NEXT
    wld_destroy(wd);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stale_handles_are_detected),
        cmocka_unit_test(remove_in_each),
        cmocka_unit_test(mover_stops_flush_against_wall),
        cmocka_unit_test(fast_mover_does_not_tunnel),
        cmocka_unit_test(exact_edge_contact_is_not_a_collision),
        cmocka_unit_test(spawned_inside_wall_can_leave),
        cmocka_unit_test(solid_entities_block_and_sensors_report),
        cmocka_unit_test(contacts_list_each_pair_once),
        cmocka_unit_test(broad_phase_matches_every_pair),
        cmocka_unit_test(camera_clamps_and_centres),
        cmocka_unit_test(map_limits_and_outside_is_solid),
        cmocka_unit_test(visible_items_are_culled_and_sorted),
        cmocka_unit_test(hash_follows_state),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
