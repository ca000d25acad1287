sitrepSearchData("terms/t-ole",{"oleksandrovych":"-R-v2"});
