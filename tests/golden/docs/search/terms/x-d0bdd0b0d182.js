sitrepSearchData("terms/x-d0bdd0b0d182",{"нато":"QCMj6"});
