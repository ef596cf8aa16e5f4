/* Forced into every C file of the bundle's Python (-include): glibc 2.29 gave exp, exp2, log, log2
 * and pow new symbol versions (faster, same results for finite input), so a program linked on
 * glibc 2.31 asks for GLIBC_2.29 and will not start on glibc 2.28 (UOS 20). Binding the calls to
 * the versions every glibc since the architecture's first one has keeps the interpreter at 2.28. */
#if defined(__x86_64__)
#define STUDIO_GLIBC_BASE "GLIBC_2.2.5"
#elif defined(__aarch64__)
#define STUDIO_GLIBC_BASE "GLIBC_2.17"
#endif
#ifdef STUDIO_GLIBC_BASE
__asm__(".symver exp,exp@" STUDIO_GLIBC_BASE);
__asm__(".symver exp2,exp2@" STUDIO_GLIBC_BASE);
__asm__(".symver log,log@" STUDIO_GLIBC_BASE);
__asm__(".symver log2,log2@" STUDIO_GLIBC_BASE);
__asm__(".symver pow,pow@" STUDIO_GLIBC_BASE);
#endif
