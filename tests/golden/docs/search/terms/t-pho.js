sitrepSearchData("terms/t-pho",{"photographs":"QNXdo"});
