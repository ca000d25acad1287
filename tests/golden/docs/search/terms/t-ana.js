sitrepSearchData("terms/t-ana",{"analyses":"GCQk8PKF08","analyst":"FEza8EJxu8","analysts":"RPzi8","analyzing":"QNXd8"});
