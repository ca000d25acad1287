sitrepSearchData("terms/t-suc",{"success":"RPzi8","successes":"QNXd8","successfully":"NRB8g"});
