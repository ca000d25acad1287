sitrepSearchData("terms/t-bel",{"belarus":"LTNo6BXNq8","belarusian":"RPzi8","belorussia":"LTNo6"});
