sitrepSearchData("terms/t-bye",{"byelorussia":"LTNo6"});
