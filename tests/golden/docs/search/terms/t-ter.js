sitrepSearchData("terms/t-ter",{"term":"NRB88zZ-a8","terrain":"RPzi9","territorial":"XOPb8","territory":"QNXd8xxE5o"});
