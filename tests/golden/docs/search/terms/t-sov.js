sitrepSearchData("terms/t-sov",{"soviet":"RPzi8zRGr8FD88yF_e8"});
