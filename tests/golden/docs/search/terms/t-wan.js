sitrepSearchData("terms/t-wan",{"wanting":"RPzi8","wants":"RPzi8"});
