sitrepSearchData("terms/t-ros",{"rosguard":"Cx_u6","rosgvardia":"Cx_u6","rosgvardiya":"Cx_u6KLXf8"});
