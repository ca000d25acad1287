sitrepSearchData("terms/t-acc",{"accidental":"NRB88","according":"NRB88yYS58xxE5o","account":"FEza8SPKc8","accounts":"QNXd8","accused":"NRB88"});
