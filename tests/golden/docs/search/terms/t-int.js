sitrepSearchData("terms/t-int",{"intercepting":"DTIn8","interested":"RPzi8","internal":"Cx_u8","international":"ZJGh8","internationally":"IS-28","intervene":"NRB88","interview":"QNXd8"});
