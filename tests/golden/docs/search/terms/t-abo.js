sitrepSearchData("terms/t-abo",{"about":"DAP18zM_j8FYEpo","above":"QNXd8"});
