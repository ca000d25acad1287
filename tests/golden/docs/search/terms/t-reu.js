sitrepSearchData("terms/t-reu",{"reuters":"RPzi8DWCv6"});
