sitrepSearchData("terms/t-bre",{"breach":"QNXd8","breaks":"QNXd8","breakthrough":"RPzi8","breakthroughs":"NRB88"});
