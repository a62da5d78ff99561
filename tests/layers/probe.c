/* probe: one #include, compiled against one layer library's usage
 * requirements (tests/CMakeLists.txt): a header of a layer the library may
 * not see must fail to compile, its own headers must not. */
#include PROBE_HEADER

int layer_probe(void);
int layer_probe(void)
{
    return 0;
}
