sitrepSearchData("terms/t-inc",{"including":"NRB8gzZ-a8","incredibly":"RPzi8","incremental":"RPzi8"});
