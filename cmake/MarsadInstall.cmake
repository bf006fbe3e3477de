# `cmake --install` puts libmarsad, the public headers and a CMake package config under the
# prefix, so applications use find_package(marsad) and link marsad::marsad.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# The library target is marsad_shared (the tool owns the name `marsad`); users see marsad::marsad.
set_target_properties(marsad_shared PROPERTIES EXPORT_NAME marsad)
install(TARGETS marsad_shared EXPORT marsadTargets
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
