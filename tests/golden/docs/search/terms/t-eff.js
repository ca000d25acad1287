sitrepSearchData("terms/t-eff",{"effectively":"RPzi8","effectiveness":"QNXd8xxE58","effort":"NRB88zZ-a8"});
