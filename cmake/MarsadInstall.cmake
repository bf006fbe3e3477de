# Temporary guard until the API library target lands (the store helper creates it).
if(NOT TARGET marsad)
  return()
endif()
# `cmake --install` puts libmarsad, the public headers and a CMake package config under the
# prefix, so applications use find_package(marsad) and link marsad::marsad.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

target_include_directories(marsad INTERFACE $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
install(TARGETS marsad EXPORT marsadTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/engine/include/marsad
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")
install(EXPORT marsadTargets NAMESPACE marsad::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/marsad)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/marsadConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/marsadConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/marsad)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/marsadConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/marsadConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/marsadConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/marsad)
