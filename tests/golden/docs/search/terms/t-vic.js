sitrepSearchData("terms/t-vic",{"vice":"AA98NNwv8zZ-a8AWA58","victories":"QNXd8","victory":"QNXd8xxE58"});
