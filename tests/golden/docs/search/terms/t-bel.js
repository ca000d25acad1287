sitrepSearchData("terms/t-bel",{"belarus":"FFSl8CJX36","belarusian":"FFSl8","belorussia":"LTNo6"});
