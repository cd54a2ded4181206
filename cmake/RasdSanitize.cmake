# RASD_SANITIZE=ON: AddressSanitizer and UndefinedBehaviorSanitizer on every target (libraries, tests,
# apps, benchmarks, fuzz targets). UB is fatal (-fno-sanitize-recover), so ctest fails on the first report.
#
#   cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRASD_SANITIZE=ON
if(RASD_SANITIZE)
  set(RASD_SANITIZE_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_compile_options(${RASD_SANITIZE_FLAGS})
  add_link_options(${RASD_SANITIZE_FLAGS})
endif()
