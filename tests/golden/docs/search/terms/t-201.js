sitrepSearchData("terms/t-201",{"2014":"x-Cf8GUTj8","2017":"y-To8","2019":"-R-v8"});
